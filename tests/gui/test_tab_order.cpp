// Keyboard paths (issue 12): Tab walks the new-case, step, unlock and print dialogs in the order
// they read (top to bottom, left to right), comes back to where it started, and never stays
// inside a date field (its calendar button takes no Tab stop).
#include "DemoData.h"
#include "GuiTestSupport.h"
#include "case/CaseView.h"
#include "case/StepDialog.h"
#include "cases/CaseIndex.h"
#include "cases/NewCaseDialog.h"
#include "common/DateField.h"
#include "documents/PrintDocumentDialog.h"
#include "services/Session.h"
#include "shell/MainWindow.h"
#include "unlock/UnlockDialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

namespace {

// The widget a Tab stop belongs to: a spin box's or combo box's own line is its owner.
QWidget* stopOf(QWidget* w)
{
    if (w &&
        (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget())))
        return w->parentWidget();
    return w;
}

// TAB_ORDER_DEBUG=1 adds each widget's place in its window to the names in a failure message.
QString nameOf(const QWidget* w)
{
    QString name = w->objectName().isEmpty() ? QLatin1String(w->metaObject()->className()) : w->objectName();
    if (qEnvironmentVariableIsSet("TAB_ORDER_DEBUG")) {
        const QPoint p = w->mapTo(w->window(), QPoint(0, 0));
        name += QStringLiteral("@%1,%2+%3x%4").arg(p.x()).arg(p.y()).arg(w->width()).arg(w->height());
    }
    return name;
}

// Tab from the dialog's first focus until focus comes back to it (at most 80 stops). The keys go
// to the dialog's own focus widget, so the walk does not depend on which window the platform
// thinks is active.
QList<QWidget*> tabChain(QDialog* dialog)
{
    QWidget* start = dialog->focusWidget();
    if (!start) {
        QTest::keyClick(dialog, Qt::Key_Tab);
        start = dialog->focusWidget();
    }
    QList<QWidget*> chain;
    QWidget* current = start;
    for (int i = 0; i < 80 && current; ++i) {
        chain.append(current);
        QTest::keyClick(current, Qt::Key_Tab);
        current = dialog->focusWidget();
        if (current == start)
            return chain;
    }
    chain.append(nullptr); // never came back: trapped
    return chain;
}

// Reading order, container by container: `b` reads after `a` when, in the innermost widget that
// holds both, the part holding `b` is on a later row than the part holding `a`, or on the same
// row and to its right. Inside a scroll area this is the order of its content, wherever it is
// scrolled to, and the whole content reads before what is below the area.
bool readsAfter(const QWidget* a, const QWidget* b)
{
    const QWidget* common = a->parentWidget();
    while (common && !common->isAncestorOf(b))
        common = common->parentWidget();
    auto partOf = [common](const QWidget* w) {
        while (w->parentWidget() && w->parentWidget() != common)
            w = w->parentWidget();
        return w;
    };
    const QWidget* pa = a == common ? a : partOf(a);
    const QWidget* pb = b == common ? b : partOf(b);
    if (pa == pb) { // one holds the other: their own places in the common widget
        pa = a;
        pb = b;
    }
    const QRect ra(pa->mapTo(common, QPoint(0, 0)), pa->size());
    const QRect rb(pb->mapTo(common, QPoint(0, 0)), pb->size());
    const bool sameRow = rb.center().y() >= ra.top() && rb.center().y() <= ra.bottom();
    if (sameRow)
        return rb.left() > ra.left();
    return rb.top() > ra.center().y();
}

QString describe(const QList<QWidget*>& chain)
{
    QStringList names;
    for (const QWidget* w : chain)
        names.append(w ? nameOf(w) : QStringLiteral("(lost)"));
    return names.join(QStringLiteral(" → "));
}

// What the walk must show: a closed cycle, in reading order, through every date field's text.
void checkDialog(QDialog* dialog)
{
    const QList<QWidget*> chain = tabChain(dialog);
    QVERIFY2(!chain.isEmpty(), "the dialog did not become active");
    QVERIFY2(!chain.contains(nullptr),
             qPrintable(QStringLiteral("Tab did not come back: ") + describe(chain)));
    // A cycle in reading order goes backwards exactly once: from the last widget to the first.
    QStringList backwards;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        QWidget* a = stopOf(chain.at(i));
        QWidget* b = stopOf(chain.at((i + 1) % chain.size()));
        if (!readsAfter(a, b))
            backwards.append(nameOf(a) + QStringLiteral(" → ") + nameOf(b));
    }
    QVERIFY2(backwards.size() == 1,
             qPrintable(QStringLiteral("out of reading order: %1 in %2")
                            .arg(backwards.join(QStringLiteral(", ")), describe(chain))));
    for (DateField* date : dialog->findChildren<DateField*>()) {
        if (!date->isVisible() || !date->isEnabled())
            continue;
        QWidget* text = date->lineEdit();
        QVERIFY2(chain.contains(text), qPrintable(nameOf(date) + QStringLiteral(" has no Tab stop")));
        for (QWidget* w : chain)
            QVERIFY2(w == text || !date->isAncestorOf(w),
                     qPrintable(nameOf(w) + QStringLiteral(" inside ") + nameOf(date) +
                                QStringLiteral(" takes Tab")));
    }
}

} // namespace

class TestTabOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tabs.db"));
        auto session = test::createDatabase(m_path);
        QVERIFY(session);
        QCOMPARE(fillDemoData(*session), 0);
    }

    void init()
    {
        auto opened = Session::open(m_path, test::kAdmin, test::kPassword);
        QVERIFY(opened.ok());
        m_session = opened.take();
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(1024, 768);
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->caseIndex()->isLoading(), 20000);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void newCaseDialog()
    {
        m_window->newCase();
        NewCaseDialog* dialog = m_window->findChild<NewCaseDialog*>();
        QVERIFY(dialog);
        checkDialog(dialog);
        dialog->done(QDialog::Rejected);
    }

    void stepDialogs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("step");
        QTest::newRow("announcement") << QStringLiteral("李明") << QStringLiteral("decision_announced");
        QTest::newRow("meeting") << QStringLiteral("刘洋") << QStringLiteral("party_group_decided");
    }

    void stepDialogs()
    {
        QFETCH(QString, name);
        QFETCH(QString, step);
        m_window->openCase(caseNamed(name));
        StepDialog* dialog = m_window->caseView()->openStepDialog(step);
        QVERIFY(dialog);
        checkDialog(dialog);
        dialog->done(QDialog::Rejected);
    }

    void unlockDialog()
    {
        UnlockDialog dialog(m_path);
        dialog.show();
        checkDialog(&dialog);
    }

    void printDialog()
    {
        m_window->openCase(caseNamed(QStringLiteral("李明")));
        PrintDocumentDialog dialog(*m_session, m_window->caseView()->state(), m_window.get());
        dialog.show();
        checkDialog(&dialog);
    }

private:
    QString caseNamed(const QString& name) const
    {
        for (const CaseSummary& c : m_window->caseIndex()->cases())
            if (c.name == name)
                return c.id;
        return {};
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestTabOrder)
#include "test_tab_order.moc"
