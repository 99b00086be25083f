#include "documents/DocumentInputsDialog.h"

#include "common/DateField.h"
#include "common/ErrorText.h"
#include "documents/DocumentInputsJson.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casetrack {

namespace {

QLineEdit* lineEdit(const QString& objectName, const QString& accessible, const QString& placeholder = {})
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

DocumentInputsDialog::DocumentInputsDialog(Session& session, const QString& caseId, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("documentInputsDialog"));
    setWindowTitle(tr("文书信息"));
    m_facts = new QPlainTextEdit;
    m_facts->setObjectName(QStringLiteral("inputFacts"));
    m_facts->setAccessibleName(tr("违纪事实"));
    m_facts->setPlaceholderText(tr("每段之间空一行。"));
    m_facts->setTabChangesFocus(true);
    m_basis = lineEdit(QStringLiteral("inputBasis"), tr("处分依据"),
                       tr("如《中国共产党纪律处分条例》第一百零一条"));
    m_sequence = new QSpinBox;
    m_sequence->setObjectName(QStringLiteral("inputSequence"));
    m_sequence->setAccessibleName(tr("发文序号"));
    m_sequence->setRange(0, 99999);
    // 0: the issuing organ's yearly sequence gives the number when the document is printed or
    // saved (Session::numberDocument); a typed number is one the office's register gave.
    m_sequence->setSpecialValueText(tr("自动编号"));
    m_sequence->setToolTip(tr("留空（自动编号）时，文书在打印或保存时取发文机关本年度的下一个序号，"
                              "重印沿用原号。填写序号则使用登记簿上的号，不得与已发文书重复。"));
    m_mainRecipient =
        lineEdit(QStringLiteral("inputMainRecipient"), tr("主送"), tr("留空则用模板中的主送机关"));
    m_copyTo = lineEdit(QStringLiteral("inputCopyTo"), tr("抄送"));

    m_announcedSet = new QCheckBox(tr("已宣布，日期："));
    m_announcedSet->setObjectName(QStringLiteral("inputAnnouncedSet"));
    // An announcement that has happened.
    m_announcedOn =
        DateField::forPastDate(DateField::Need::Required, QStringLiteral("inputAnnouncedOn"), tr("宣布日期"));
    m_announcedOn->setDate(QDate::currentDate());
    m_announcedOn->setEnabled(false);
    connect(m_announcedSet, &QCheckBox::toggled, m_announcedOn, &QWidget::setEnabled);
    m_place = lineEdit(QStringLiteral("inputAnnouncePlace"), tr("宣布地点"));
    m_announcer = lineEdit(QStringLiteral("inputAnnouncer"), tr("宣布人"));
    m_attendees = lineEdit(QStringLiteral("inputAttendees"), tr("参加人员"));
    m_recorder = lineEdit(QStringLiteral("inputRecorder"), tr("记录人"));
    m_statement = new QPlainTextEdit;
    m_statement->setObjectName(QStringLiteral("inputSubjectStatement"));
    m_statement->setAccessibleName(tr("受处分人表态"));
    m_statement->setTabChangesFocus(true);
    m_statement->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    auto* decision = new QGroupBox(tr("处分决定"));
    auto* decisionForm = new QFormLayout(decision);
    decisionForm->addRow(tr("违纪事实："), m_facts);
    decisionForm->addRow(tr("处分依据："), m_basis);
    decisionForm->addRow(tr("发文序号："), m_sequence);
    decisionForm->addRow(tr("主送："), m_mainRecipient);
    decisionForm->addRow(tr("抄送："), m_copyTo);
    auto* announce = new QGroupBox(tr("宣布记录（第十条）"));
    auto* announceForm = new QFormLayout(announce);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_announcedSet);
    dateRow->addWidget(m_announcedOn);
    dateRow->addStretch();
    announceForm->addRow(tr("宣布日期："), dateRow);
    announceForm->addRow(tr("地点："), m_place);
    announceForm->addRow(tr("宣布人："), m_announcer);
    announceForm->addRow(tr("参加人员："), m_attendees);
    announceForm->addRow(tr("记录人："), m_recorder);
    announceForm->addRow(tr("受处分人表态："), m_statement);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("documentInputsStatus"));
    m_status->setWordWrap(true);
    // Own texts: the standard buttons stay English where Qt's own translations are missing.
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    m_save = buttons->addButton(tr("保存"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("documentInputsSave"));
    m_save->setDefault(true);
    // Writing a case's texts is recording on the case: the same right as recording a step.
    m_save->setEnabled(session.mayDo(Action::RecordStep));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("这些内容只用于本案的文书，保存在加密的数据库中。")));
    layout->addWidget(decision, 1);
    layout->addWidget(announce);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 680);
    load();
    m_unsaved.emplace(this); // after filling: only what the user changes counts
}

void DocumentInputsDialog::reject()
{
    if (m_unsaved && !m_unsaved->mayClose())
        return;
    QDialog::reject();
}

QStringList DocumentInputsDialog::paragraphsOf(const QString& text)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QStringList paragraphs;
    for (const QString& block : text.split(blank, Qt::SkipEmptyParts)) {
        QStringList lines = block.split(QLatin1Char('\n'));
        for (QString& line : lines)
            line = line.trimmed();
        const QString joined = lines.join(QString());
        if (!joined.isEmpty())
            paragraphs.append(joined);
    }
    return paragraphs;
}

void DocumentInputsDialog::load()
{
    m_stored = m_session.caseDocumentInputs(m_caseId);
    Result<DocumentInputs> parsed = documentInputsFromJson(m_stored);
    if (!parsed.ok()) {
        m_status->setText(errorText(parsed.error()));
        return;
    }
    const DocumentInputs& in = parsed.value();
    m_facts->setPlainText(in.violationFacts.join(QStringLiteral("\n\n")));
    m_basis->setText(in.basis);
    m_sequence->setValue(in.sequence);
    m_mainRecipient->setText(in.mainRecipient);
    m_copyTo->setText(in.copyTo);
    m_announcedSet->setChecked(in.announcedOn.isValid());
    if (in.announcedOn.isValid())
        m_announcedOn->setDate(in.announcedOn);
    m_place->setText(in.announcePlace);
    m_announcer->setText(in.announcer);
    m_attendees->setText(in.attendees);
    m_recorder->setText(in.recorder);
    m_statement->setPlainText(in.subjectStatement);
}

bool DocumentInputsDialog::save()
{
    Result<DocumentInputs> parsed = documentInputsFromJson(m_stored);
    // A stored value the core no longer reads is replaced rather than blocking the user.
    DocumentInputs in = parsed.ok() ? parsed.take() : DocumentInputs();
    in.violationFacts = paragraphsOf(m_facts->toPlainText());
    in.basis = m_basis->text().trimmed();
    in.sequence = m_sequence->value();
    in.mainRecipient = m_mainRecipient->text().trimmed();
    in.copyTo = m_copyTo->text().trimmed();
    if (m_announcedSet->isChecked() && !m_announcedOn->isAcceptable()) {
        m_status->setText(tr("%1：%2").arg(m_announcedOn->accessibleName(), m_announcedOn->problem()));
        m_announcedOn->setFocus();
        return false;
    }
    in.announcedOn = m_announcedSet->isChecked() ? m_announcedOn->date() : QDate();
    in.announcePlace = m_place->text().trimmed();
    in.announcer = m_announcer->text().trimmed();
    in.attendees = m_attendees->text().trimmed();
    in.recorder = m_recorder->text().trimmed();
    in.subjectStatement = m_statement->toPlainText().trimmed();
    const QJsonObject json = documentInputsToJson(in);
    if (const Error error = m_session.setCaseDocumentInputs(m_caseId, json); error.isError()) {
        m_status->setText(errorText(error));
        return false;
    }
    m_stored = json;
    m_status->setText(tr("已保存。"));
    emit saved(m_caseId);
    return true;
}

} // namespace casetrack
