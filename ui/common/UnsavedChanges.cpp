#include "common/UnsavedChanges.h"

#include "common/Prompt.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace casetrack {

namespace {
struct UnsavedTr
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedChanges)
};

// The value of an input the user can change; a null string for anything else.
QString valueOf(const QWidget* w)
{
    if (auto* line = qobject_cast<const QLineEdit*>(w)) {
        // A spin box's or combo box's own line is covered by its owner.
        if (line->isReadOnly() || qobject_cast<const QAbstractSpinBox*>(line->parentWidget()) ||
            qobject_cast<const QComboBox*>(line->parentWidget()))
            return {};
        return QStringLiteral("t:") + line->text();
    }
    if (auto* text = qobject_cast<const QPlainTextEdit*>(w))
        return text->isReadOnly() ? QString() : QStringLiteral("t:") + text->toPlainText();
    if (auto* rich = qobject_cast<const QTextEdit*>(w))
        return rich->isReadOnly() ? QString() : QStringLiteral("t:") + rich->toPlainText();
    if (auto* spin = qobject_cast<const QAbstractSpinBox*>(w))
        return QStringLiteral("s:") + spin->text();
    if (auto* combo = qobject_cast<const QComboBox*>(w))
        return QStringLiteral("c:") + QString::number(combo->currentIndex()) + combo->currentText();
    if (auto* button = qobject_cast<const QAbstractButton*>(w))
        return button->isCheckable() ? QStringLiteral("b:") + QString::number(button->isChecked())
                                     : QString();
    return {};
}
} // namespace

UnsavedChanges::UnsavedChanges(QDialog* dialog) : m_dialog(dialog)
{
    reset();
}

void UnsavedChanges::reset()
{
    m_snapshot = values();
}

QHash<const QWidget*, QString> UnsavedChanges::values() const
{
    QHash<const QWidget*, QString> out;
    if (!m_dialog)
        return out;
    for (const QWidget* w : m_dialog->findChildren<QWidget*>()) {
        const QString v = valueOf(w);
        if (!v.isNull())
            out.insert(w, v);
    }
    return out;
}

bool UnsavedChanges::any() const
{
    const QHash<const QWidget*, QString> now = values();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto before = m_snapshot.constFind(it.key());
        if (before == m_snapshot.cend()) {
            // An editor built after the snapshot: a change once it holds text.
            if (it.value().startsWith(QLatin1String("t:")) && it.value().size() > 2)
                return true;
        } else if (before.value() != it.value()) {
            return true;
        }
    }
    return false;
}

bool UnsavedChanges::mayClose() const
{
    if (!any())
        return true;
    return prompt::question(m_dialog, UnsavedTr::tr("放弃填写的内容？"),
                            UnsavedTr::tr("本窗口中填写的内容尚未保存，关闭后将丢失。\n"
                                          "选“是”放弃并关闭；选“否”回到窗口继续填写。"));
}

} // namespace casetrack
