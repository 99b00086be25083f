#include "WidgetScan.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextDocument>

namespace casetrack::test {

namespace {

QString where(const QWidget* w)
{
    return QStringLiteral("%1(%2)").arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

void addModelTexts(QAbstractItemView* view, QStringList& out)
{
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        out.append(where(view) + QStringLiteral(" header: ") +
                   model->headerData(c, Qt::Horizontal).toString());
    const int rows = std::min(model->rowCount(), 1000);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = index.data(role).toString();
                if (!text.isEmpty())
                    out.append(where(view) + QStringLiteral(" cell: ") + plain(text));
            }
        }
}

} // namespace

QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        auto add = [&](const QString& what, const QString& text) {
            if (!text.trimmed().isEmpty())
                out.append(where(w) + QLatin1Char(' ') + what + QStringLiteral(": ") + plain(text));
        };
        add(QStringLiteral("tooltip"), w->toolTip());
        if (w->isWindow())
            add(QStringLiteral("title"), w->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(QStringLiteral("text"), label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(QStringLiteral("text"), button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(QStringLiteral("title"), box->title());
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            add(QStringLiteral("placeholder"), line->placeholderText());
        else if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            add(QStringLiteral("placeholder"), edit->placeholderText());
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(QStringLiteral("entry"), combo->itemText(i));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            if (!qobject_cast<QComboBox*>(view->parentWidget()) && !qobject_cast<QHeaderView*>(view))
                addModelTexts(view, out);
        }
    }
    return out;
}

QStringList internalIdentifiers(QWidget* root)
{
    // snake_case words, dotted settings keys and JSON objects; file names (a dot before a known
    // extension) and paths are not identifiers.
    static const QRegularExpression identifier(QStringLiteral(
        "(?<![\\w./-])([a-z][a-z0-9]*_[a-z0-9_]+|"
        "[a-z]+\\.(?!(?:db|keys|json|pdf|odt|docx|xlsx|csv|ics|png|tpl)\\b)[a-z_]+)(?![\\w./-])|\\{\\s*\""));
    QStringList found;
    for (const QString& text : visibleTexts(root))
        if (identifier.match(text.section(QStringLiteral(": "), 1)).hasMatch())
            found.append(text);
    return found;
}

QStringList clippedTexts(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        // A layout squeezed below its minimum lays widgets over each other: a label partly
        // under its neighbour is cut off as surely as one too small for its text.
        if (qobject_cast<QLabel*>(w) && w->parentWidget()) {
            for (QWidget* sibling : w->parentWidget()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
                if (sibling == w || !sibling->isVisibleTo(root) || sibling->isWindow())
                    continue;
                const QRect overlap = w->geometry().intersected(sibling->geometry());
                if (overlap.height() > 2 && overlap.width() > 2)
                    found.append(
                        QStringLiteral("%1 \"%2\" lies under %3")
                            .arg(where(w), plain(qobject_cast<QLabel*>(w)->text()).left(60), where(sibling)));
            }
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            const bool clipped = label->wordWrap()
                                     ? label->heightForWidth(label->width()) > label->height() + 1
                                     : label->sizeHint().width() > label->width() + 1 ||
                                           label->sizeHint().height() > label->height() + 1;
            if (clipped)
                found.append(QStringLiteral("%1 \"%2\" %3×%4, needs %5×%6")
                                 .arg(where(w), plain(label->text()).left(60))
                                 .arg(label->width())
                                 .arg(label->height())
                                 .arg(label->wordWrap() ? label->width() : label->sizeHint().width())
                                 .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                        : label->sizeHint().height()));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty())
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                found.append(QStringLiteral("%1 \"%2\" %3 wide, needs %4")
                                 .arg(where(w), button->text())
                                 .arg(button->width())
                                 .arg(button->sizeHint().width()));
        }
    }
    return found;
}

} // namespace casetrack::test
