#include "case/StepDialog.h"

#include "case/MaterialPicker.h"
#include "case/StepFieldsEditor.h"
#include "common/ArticleText.h"
#include "common/ErrorText.h"
#include "common/GrowToFit.h"
#include "procedure/CaseAnalysis.h"
#include "procedure/ProcedureEngine.h"
#include "procedure/StepTable.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casetrack {

namespace {
// The sanction of the latest opinion before this step (a proposal, review feedback, a
// consensus...), with its probation years: a decision usually follows it, so it is the default
// rather than the first entry of the list. Corrections applied, retracted opinions ignored.
QJsonObject carriedSanction(const QList<Event>& events)
{
    const QList<Event> effective = effectiveEvents(events);
    for (auto it = effective.crbegin(); it != effective.crend(); ++it) {
        const QString sanction = it->data.value(QStringLiteral("sanction")).toString();
        if (sanction.isEmpty())
            continue;
        QJsonObject carried{{QStringLiteral("sanction"), sanction}};
        if (it->data.contains(QStringLiteral("probation_years")))
            carried.insert(QStringLiteral("probation_years"),
                           it->data.value(QStringLiteral("probation_years")));
        return carried;
    }
    return {};
}
} // namespace

StepDialog::StepDialog(Session& session, const QString& caseId, const QString& stepId, QWidget* parent)
    : QDialog(parent), m_session(session), m_step(findStep(stepId))
{
    setObjectName(QStringLiteral("stepDialog"));
    auto loaded = session.loadCase(caseId);
    if (loaded.ok())
        m_record = loaded.value();
    const QString name = m_step ? m_step->name() : stepId;
    setWindowTitle(tr("记录：%1").arg(name));

    auto* title = new QLabel(
        m_step ? tr("<b>%1</b>（%2）").arg(name.toHtmlEscaped(), localizeArticles(m_step->article)) : name);
    title->setObjectName(QStringLiteral("stepTitle"));
    auto* who = new QLabel(tr("案件：%1").arg(m_record.facts.subject.name.toHtmlEscaped()));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(who);
    if (m_step) {
        m_editor = new StepFieldsEditor(*m_step, session.engineSettings());
        if (m_step->field(QStringLiteral("sanction")))
            m_editor->carryForward(carriedSanction(m_record.events));
        layout->addWidget(m_editor);
        connect(m_editor, &StepFieldsEditor::changed, this, &StepDialog::check);
        // Record filing (第十一条): its materials can be picked from the case's attachments (issue 12).
        if (m_step->field(QStringLiteral("materials")))
            layout->addWidget(new MaterialPicker(session, caseId, m_editor));
    }
    m_refusal = new QLabel;
    m_refusal->setObjectName(QStringLiteral("stepRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828"));
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_refusal);
    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("保存"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("stepSave"));
    auto* cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("stepCancel"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &StepDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    check();
    m_unsaved.emplace(this); // after filling: only what the user changes counts
}

void StepDialog::reject()
{
    if (m_unsaved && !m_unsaved->mayClose())
        return;
    QDialog::reject();
}

QString StepDialog::refusalText() const
{
    return m_refusal->text();
}

bool StepDialog::canSave() const
{
    return m_save->isEnabled();
}

// The same check Session::recordEvent will make, run before saving so that the user sees the
// engine's reason and article while the form is still open.
void StepDialog::check()
{
    if (!m_step) {
        m_refusal->setText(tr("未知的步骤。"));
        m_save->setEnabled(false);
        return;
    }
    // A date the user is still typing is not for the engine to judge: the field says what is wrong.
    if (const QString problem = m_editor->dateProblem(); !problem.isEmpty()) {
        m_refusal->setText(problem);
        m_save->setEnabled(false);
        return;
    }
    Event event;
    event.step = m_step->id;
    event.date = m_editor->date();
    event.data = m_editor->data();
    const Error error = checkEvent(m_record, event, m_session.account().role, m_session.calendar(),
                                   m_session.engineSettings());
    m_refusal->setText(error.isError() ? errorText(error) : QString());
    m_save->setEnabled(!error.isError());
    growToFit(this); // the refusal and the editor's hints wrap onto more lines as they change
}

void StepDialog::save()
{
    check();
    if (!m_save->isEnabled())
        return;
    Event event;
    event.step = m_step->id;
    event.date = m_editor->date();
    event.data = m_editor->data();
    auto result = m_session.recordEvent(m_record.id, event);
    if (!result.ok()) {
        m_refusal->setText(errorText(result.error()));
        return;
    }
    emit recorded(m_record.id);
    accept();
}

} // namespace casetrack
