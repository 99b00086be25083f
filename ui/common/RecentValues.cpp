#include "common/RecentValues.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace casetrack {

namespace {

struct RecentValuesTr
{
    Q_DECLARE_TR_FUNCTIONS(RecentValues)
};

// ↓ in an empty or typed-in field lists the recent values (those matching what is typed).
class ShowAllOnDown : public QObject
{
public:
    ShowAllOnDown(QLineEdit* field, QCompleter* completer)
        : QObject(field), m_field(field), m_completer(completer)
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_field && event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && !m_completer->popup()->isVisible()) {
            m_completer->setCompletionPrefix(m_field->text());
            m_completer->complete();
            return true;
        }
        return false;
    }

private:
    QLineEdit* m_field;
    QCompleter* m_completer;
};

} // namespace

void offerRecentValues(QLineEdit* field, const QStringList& values)
{
    if (!field || values.isEmpty())
        return;
    auto* completer = new QCompleter(values, field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setModelSorting(QCompleter::UnsortedModel); // newest first, as given
    field->setCompleter(completer);
    new ShowAllOnDown(field, completer);
    field->setToolTip(RecentValuesTr::tr("按 ↓ 列出最近用过的 %n 项", nullptr, int(values.size())));
}

} // namespace casetrack
