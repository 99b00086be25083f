#include "case/CorrectionDialog.h"

#include "case/StepFieldsEditor.h"
#include "common/DisplayDate.h"
#include "common/DisplayText.h"
#include "common/ErrorText.h"
#include "procedure/ProcedureEngine.h"
#include "procedure/StepTable.h"
#include "services/Session.h"
#include "util/DateText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace casetrack {

CorrectionDialog::CorrectionDialog(Session& session, const QString& caseId, int preselectSeq, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("更正记录"));
    auto loaded = session.loadCase(caseId);
    if (loaded.ok())
        m_record = loaded.value();

    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("correctionTarget"));
    m_target->setAccessibleName(tr("要更正的记录"));
    for (const Event& e : m_record.events) {
        if (e.step == QLatin1String("correction"))
            continue;
        m_target->addItem(tr("#%1 %2 %3").arg(e.seq).arg(displayDate(e.date), stepName(e.step)), e.seq);
    }
    if (preselectSeq > 0)
        m_target->setCurrentIndex(qMax(0, m_target->findData(preselectSeq)));
    m_amend = new QRadioButton(tr("修改日期或内容"));
    m_amend->setObjectName(QStringLiteral("correctionAmend"));
    m_amend->setChecked(true);
    m_retract = new QRadioButton(tr("撤销这条记录（记录有误，实际未发生）"));
    m_retract->setObjectName(QStringLiteral("correctionRetract"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_amend);
    group->addButton(m_retract);
    auto* editorGroup = new QGroupBox(tr("更正后的内容"));
    m_editorBox = new QVBoxLayout(editorGroup);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setAccessibleName(tr("更正理由"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("必填：为什么更正，依据什么材料"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_refusal = new QLabel;
    m_refusal->setObjectName(QStringLiteral("correctionRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828"));

    auto* form = new QFormLayout;
    form->addRow(tr("记录："), m_target);
    form->addRow(tr("更正方式："), m_amend);
    form->addRow(QString(), m_retract);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("原记录不会被删除：更正作为一条新记录保存，时间线上两者都可见。")));
    layout->addLayout(form);
    layout->addWidget(editorGroup);
    layout->addWidget(new QLabel(tr("更正理由（必填）：")));
    layout->addWidget(m_reason);
    layout->addWidget(m_refusal);
    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("保存更正"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("correctionSave"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &CorrectionDialog::targetChanged);
    connect(m_amend, &QRadioButton::toggled, this, [this, editorGroup](bool on) {
        editorGroup->setEnabled(on);
        check();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CorrectionDialog::check);
    connect(m_save, &QPushButton::clicked, this, &CorrectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    targetChanged();
    m_unsaved.emplace(this); // after filling: only what the user changes counts
}

void CorrectionDialog::reject()
{
    if (m_unsaved && !m_unsaved->mayClose())
        return;
    QDialog::reject();
}

QString CorrectionDialog::refusalText() const
{
    return m_refusal->text();
}

void CorrectionDialog::targetChanged()
{
    delete m_editor;
    m_editor = nullptr;
    const int seq = m_target->currentData().toInt();
    for (const Event& e : m_record.events) {
        if (e.seq != seq)
            continue;
        if (const StepDefinition* step = findStep(e.step)) {
            m_editor = new StepFieldsEditor(*step, m_session.engineSettings());
            m_editor->setDate(e.date);
            m_editor->setData(e.data);
            m_editorBox->addWidget(m_editor);
            connect(m_editor, &StepFieldsEditor::changed, this, &CorrectionDialog::check);
        }
    }
    check();
}

Event CorrectionDialog::buildEvent() const
{
    Event event;
    event.step = QStringLiteral("correction");
    event.date = QDate::currentDate(); // the day the correction is made
    event.data.insert(QStringLiteral("target_seq"), m_target->currentData().toInt());
    event.data.insert(QStringLiteral("reason"), m_reason->toPlainText().trimmed());
    if (m_retract->isChecked()) {
        event.data.insert(QStringLiteral("retract"), true);
    } else if (m_editor) {
        QJsonObject replacement;
        replacement.insert(QStringLiteral("date"), isoDate(m_editor->date()));
        replacement.insert(QStringLiteral("data"), m_editor->data());
        event.data.insert(QStringLiteral("replacement"), replacement);
    }
    return event;
}

void CorrectionDialog::check()
{
    if (m_target->count() == 0) {
        m_refusal->setText(tr("这个案件还没有可更正的记录。"));
        m_save->setEnabled(false);
        return;
    }
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        m_refusal->setText(tr("请填写更正理由。"));
        m_save->setEnabled(false);
        return;
    }
    const Error error = checkEvent(m_record, buildEvent(), m_session.account().role, m_session.calendar(),
                                   m_session.engineSettings());
    m_refusal->setText(error.isError() ? errorText(error) : QString());
    m_save->setEnabled(!error.isError());
}

void CorrectionDialog::save()
{
    check();
    if (!m_save->isEnabled())
        return;
    auto result = m_session.recordEvent(m_record.id, buildEvent());
    if (!result.ok()) {
        m_refusal->setText(errorText(result.error()));
        return;
    }
    emit recorded(m_record.id);
    accept();
}

} // namespace casetrack
