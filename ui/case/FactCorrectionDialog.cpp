#include "case/FactCorrectionDialog.h"

#include "common/ArticleText.h"
#include "common/BodyNames.h"
#include "common/DateField.h"
#include "common/DisplayDate.h"
#include "common/DisplayText.h"
#include "common/FactErrorText.h"
#include "common/GrowToFit.h"
#include "services/FactsPreview.h"
#include "services/Session.h"
#include "util/DateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace casetrack {

FactCorrectionDialog::FactCorrectionDialog(Session& session, const QString& caseId, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("factCorrectionDialog"));
    setWindowTitle(tr("更正案件信息"));
    if (auto loaded = session.loadCase(caseId); loaded.ok())
        m_current = loaded->facts;
    const SubjectFacts& s = m_current.subject;

    auto line = [](const QString& objectName, const QString& accessible, const QString& text) {
        auto* e = new QLineEdit(text);
        e->setObjectName(objectName);
        e->setAccessibleName(accessible);
        return e;
    };
    m_name = line(QStringLiteral("factName"), tr("姓名"), s.name);
    m_gender = line(QStringLiteral("factGender"), tr("性别"), s.gender);
    m_ethnicity = line(QStringLiteral("factEthnicity"), tr("民族"), s.ethnicity);
    m_unit = line(QStringLiteral("factUnit"), tr("单位"), s.unit);
    m_position = line(QStringLiteral("factPosition"), tr("职务"), s.position);
    m_birth =
        DateField::forPastDate(DateField::Need::Optional, QStringLiteral("factBirthDate"), tr("出生日期"));
    m_birth->setDate(s.birthDate);
    m_joined = DateField::forPastDate(DateField::Need::Optional, QStringLiteral("factPartyJoinDate"),
                                      tr("入党日期"));
    m_joined->setDate(s.partyJoinDate);
    m_filingBody = choice(QStringLiteral("factFilingBody"), tr("立案机关"),
                          {{QStringLiteral("stationed_body"), tr("派驻机构（纪检监察组）")},
                           {QStringLiteral("local_commission"), tr("地方纪委")},
                           {QStringLiteral("organ_commission"), tr("本单位机关纪委（基层纪委）")}},
                          m_current.filingBody);
    m_route =
        choice(QStringLiteral("factDecisionRoute"), tr("处分决定方式"),
               {{QStringLiteral("party_group"), tr("党组讨论决定（第四条第一款）")},
                {QStringLiteral("grassroots"), tr("基层纪委审查批准或基层党委审议批准（第四条第二款）")}},
               decisionRouteId(m_current.decisionRoute));
    m_filedWith = choice(QStringLiteral("factFiledWith"), tr("备案情况"),
                         {{QStringLiteral("none"), tr("不是备案的党员干部")},
                          {QStringLiteral("central"), tr("向党中央备案")},
                          {QStringLiteral("local"), tr("向本级地方党委备案")}},
                         s.filedWith);
    m_managed = fact(QStringLiteral("factManaged"), tr("属于驻在单位党组管理的人员"), s.managedByPartyGroup);
    m_appointed =
        fact(QStringLiteral("factAppointed"), tr("任免由驻在单位党组会议讨论决定"), s.appointedByPartyGroup);
    m_leadership =
        fact(QStringLiteral("factLeadership"), tr("是驻在单位党组管理的领导班子成员"), s.leadershipMember);
    m_keyTarget =
        fact(QStringLiteral("factKeyTarget"), tr("是其他列入重点监督对象的党员"), s.keySupervisionTarget);
    m_principal = fact(QStringLiteral("factPrincipal"), tr("是领导班子中的正职领导干部"), s.principalLeader);
    m_orgLocal = fact(QStringLiteral("factOrgLocal"), tr("党组织关系在地方，干部由主管部门党组管理"),
                      s.orgRelationLocal);
    m_localMember = fact(QStringLiteral("factLocalMember"), tr("同时是地方党委委员、候补委员或地方纪委委员"),
                         s.localCommitteeMember);
    m_major = fact(QStringLiteral("factMajor"), tr("重大、疑难、复杂案件"), m_current.majorComplex);

    auto* person = new QGroupBox(tr("被审查调查人"));
    auto* personForm = new QFormLayout(person);
    personForm->addRow(tr("姓名："), m_name);
    personForm->addRow(tr("性别："), m_gender);
    personForm->addRow(tr("民族："), m_ethnicity);
    personForm->addRow(tr("出生日期："), m_birth);
    personForm->addRow(tr("入党日期："), m_joined);
    personForm->addRow(tr("单位："), m_unit);
    personForm->addRow(tr("职务："), m_position);
    auto* facts = new QGroupBox(tr("决定适用程序的情况"));
    auto* factsForm = new QFormLayout(facts);
    factsForm->addRow(tr("立案机关："), m_filingBody);
    factsForm->addRow(m_managed);
    factsForm->addRow(m_appointed);
    factsForm->addRow(tr("处分决定方式："), m_route);
    for (QCheckBox* box : {m_leadership, m_keyTarget, m_principal})
        factsForm->addRow(box);
    factsForm->addRow(tr("备案情况："), m_filedWith);
    for (QCheckBox* box : {m_orgLocal, m_localMember, m_major})
        factsForm->addRow(box);

    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("factReason"));
    m_reason->setAccessibleName(tr("更正理由"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("必填：为什么更正，依据什么材料"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3);
    m_preview = new QPushButton(tr("预览"));
    m_preview->setObjectName(QStringLiteral("factPreview"));
    m_preview->setToolTip(tr("按更正后的案件信息重新检验已记录的步骤，列出程序和期限的变化；不保存。"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("factPreviewText"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    auto* note =
        new QLabel(tr("原案件信息不会被覆盖而不留痕：更正作为一条记录保存在时间线上，并写入审计记录。"));
    note->setWordWrap(true);
    contentLayout->addWidget(note);
    contentLayout->addWidget(person);
    contentLayout->addWidget(facts);
    contentLayout->addWidget(bodiesBox());
    contentLayout->addWidget(new QLabel(tr("更正理由（必填）：")));
    contentLayout->addWidget(m_reason);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("保存更正"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("factSave"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    for (QLineEdit* e : {m_name, m_gender, m_ethnicity, m_unit, m_position})
        connect(e, &QLineEdit::textChanged, this, &FactCorrectionDialog::edited);
    for (QComboBox* c : {m_filingBody, m_route, m_filedWith})
        connect(c, &QComboBox::currentIndexChanged, this, &FactCorrectionDialog::edited);
    for (DateField* d : {m_birth, m_joined})
        connect(d, &DateField::dateChanged, this, &FactCorrectionDialog::edited);
    for (QCheckBox* b :
         {m_managed, m_appointed, m_leadership, m_keyTarget, m_principal, m_orgLocal, m_localMember, m_major})
        connect(b, &QCheckBox::toggled, this, &FactCorrectionDialog::edited);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &FactCorrectionDialog::edited);
    connect(m_preview, &QPushButton::clicked, this, &FactCorrectionDialog::preview);
    connect(m_save, &QPushButton::clicked, this, &FactCorrectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint().width() + 80, 640);
    widenForScrollArea(this, scroll);
    edited();
    m_unsaved.emplace(this);
}

void FactCorrectionDialog::reject()
{
    if (m_unsaved && !m_unsaved->mayClose())
        return;
    QDialog::reject();
}

// The organ named per body kind, as in the new-case dialog; the registry's organs of that kind.
QWidget* FactCorrectionDialog::bodiesBox()
{
    auto* box = new QGroupBox(tr("机构（不选：使用各类别的默认机构）"));
    auto* form = new QFormLayout(box);
    const Result<QList<Organization>> registry = m_session.organizations();
    const QList<Organization> organs = registry.ok() ? registry.value() : QList<Organization>();
    for (const QString& kind : bodyIds()) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("factBody_") + kind);
        combo->setAccessibleName(bodyDisplayName(kind));
        combo->addItem(tr("（不指定）"), QString());
        for (const Organization& o : organs)
            if (o.kind == kind)
                combo->addItem(o.name, o.id);
        // An organ the case names but the registry lacks still shows, so nothing is lost unseen.
        const QString current = m_current.bodies.value(kind);
        if (!current.isEmpty() && combo->findData(current) < 0)
            combo->addItem(tr("未登记的机构 %1").arg(current), current);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        combo->setEnabled(combo->count() > 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &FactCorrectionDialog::edited);
        m_bodies.insert(kind, combo);
        form->addRow(tr("%1：").arg(bodyDisplayName(kind)), combo);
    }
    return box;
}

QCheckBox* FactCorrectionDialog::fact(const QString& objectName, const QString& text, bool checked)
{
    auto* box = new QCheckBox(text);
    box->setObjectName(objectName);
    box->setChecked(checked);
    return box;
}

QComboBox* FactCorrectionDialog::choice(const QString& objectName, const QString& accessible,
                                        const QList<QPair<QString, QString>>& items, const QString& current)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessible);
    for (const auto& [id, text] : items)
        combo->addItem(localizeArticles(text), id);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    // The list shows every entry whole; the closed box need not be as wide as the longest.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

QJsonObject FactCorrectionDialog::patch() const
{
    const QJsonObject before = m_current.toJson();
    const QJsonObject beforeSubject = before.value(QLatin1String("subject")).toObject();
    QJsonObject subject;
    auto subjectValue = [&](const char* key, const QJsonValue& value) {
        // An optional text or date absent before and empty now is no change.
        const QJsonValue old = beforeSubject.value(QLatin1String(key));
        if (((value.isString() && value.toString().isEmpty()) || value.isNull()) && old.isUndefined())
            return;
        if (old != value)
            subject.insert(QLatin1String(key), value);
    };
    subjectValue("name", m_name->text().trimmed());
    subjectValue("gender", m_gender->text().trimmed());
    subjectValue("ethnicity", m_ethnicity->text().trimmed());
    subjectValue("unit", m_unit->text().trimmed());
    subjectValue("position", m_position->text().trimmed());
    // A cleared date removes it (null); a date being typed and not yet whole counts as unchanged
    // until it is (the field says what is wrong with it).
    auto dateValue = [&](const char* key, const DateField* field) {
        if (!field->isAcceptable())
            return;
        subjectValue(key, field->date().isValid() ? QJsonValue(isoDate(field->date()))
                                                  : QJsonValue(QJsonValue::Null));
    };
    dateValue("birth_date", m_birth);
    dateValue("party_join_date", m_joined);
    subjectValue("managed_by_party_group", m_managed->isChecked());
    subjectValue("appointed_by_party_group", m_appointed->isChecked());
    subjectValue("leadership_member", m_leadership->isChecked());
    subjectValue("key_supervision_target", m_keyTarget->isChecked());
    subjectValue("principal_leader", m_principal->isChecked());
    subjectValue("filed_with", m_filedWith->currentData().toString());
    subjectValue("org_relation_local", m_orgLocal->isChecked());
    subjectValue("local_committee_member", m_localMember->isChecked());
    QJsonObject out;
    auto topValue = [&](const char* key, const QJsonValue& value) {
        if (before.value(QLatin1String(key)) != value)
            out.insert(QLatin1String(key), value);
    };
    topValue("filing_body", m_filingBody->currentData().toString());
    topValue("decision_route", m_route->currentData().toString());
    topValue("major_complex", m_major->isChecked());
    if (!subject.isEmpty())
        out.insert(QStringLiteral("subject"), subject);
    // bodies is replaced as a whole (cli.md `case correct`: only nested `subject` is merged).
    QMap<QString, QString> bodies;
    QJsonObject bodiesJson;
    for (auto it = m_bodies.begin(); it != m_bodies.end(); ++it) {
        const QString id = it.value()->currentData().toString();
        if (!id.isEmpty()) {
            bodies.insert(it.key(), id);
            bodiesJson.insert(it.key(), id);
        }
    }
    if (bodies != m_current.bodies)
        out.insert(QStringLiteral("bodies"), bodiesJson);
    return out;
}

QString FactCorrectionDialog::previewText() const
{
    return m_result->text();
}

// Any edit makes the last preview stale: saving waits for a preview of what is now typed.
void FactCorrectionDialog::edited()
{
    for (const DateField* d : {m_birth, m_joined}) {
        if (!d->isAcceptable()) { // nothing is previewed or saved while a date is not a date
            m_preview->setEnabled(false);
            m_save->setEnabled(false);
            m_result->setStyleSheet(QStringLiteral("color: #c62828"));
            m_result->setText(d->problem());
            return;
        }
    }
    const QJsonObject now = patch();
    const bool previewed = !now.isEmpty() && now == m_previewed && m_previewOk;
    m_preview->setEnabled(!now.isEmpty());
    m_save->setEnabled(previewed && !m_reason->toPlainText().trimmed().isEmpty());
    if (now.isEmpty()) {
        m_result->setStyleSheet(QString());
        m_result->setText(tr("尚未修改任何案件信息。"));
    } else if (now != m_previewed) {
        m_result->setStyleSheet(QString());
        m_result->setText(tr("请先点“预览”：按更正后的案件信息重新检验已记录的步骤，再保存。"));
    } else {
        m_result->setStyleSheet(m_previewOk ? QString() : QStringLiteral("color: #c62828"));
        m_result->setText(previewed && m_reason->toPlainText().trimmed().isEmpty()
                              ? m_previewDescription + QStringLiteral("\n\n") + tr("请填写更正理由。")
                              : m_previewDescription);
    }
}

void FactCorrectionDialog::preview()
{
    const QJsonObject now = patch();
    Result<FactsPreview> result = previewFactsCorrection(m_session, m_caseId, now);
    m_previewed = now;
    if (!result.ok()) {
        m_previewOk = false;
        m_result->setStyleSheet(QStringLiteral("color: #c62828"));
        m_previewDescription = factErrorText(result.error());
    } else {
        m_previewOk = !result->refusal.isError();
        m_result->setStyleSheet(m_previewOk ? QString() : QStringLiteral("color: #c62828"));
        m_previewDescription = describe(result.value());
    }
    edited();
}

QString FactCorrectionDialog::describe(const FactsPreview& p) const
{
    QStringList lines;
    if (p.refusal.isError())
        lines.append(tr("不能保存：%1").arg(factErrorText(p.refusal)));
    else
        lines.append(tr("可以保存。按更正后的案件信息重新检验，已记录的步骤都符合程序。"));
    lines.append(
        p.before.track == p.after.track
            ? tr("程序不变：%1").arg(trackDisplayName(p.after.track))
            : tr("程序：%1 → %2").arg(trackDisplayName(p.before.track), trackDisplayName(p.after.track)));
    if (p.before.stage != p.after.stage)
        lines.append(
            tr("阶段：%1 → %2").arg(stageDisplayName(p.before.stage), stageDisplayName(p.after.stage)));
    auto find = [](const QList<CaseDeadline>& list, const QString& id) -> const CaseDeadline* {
        for (const CaseDeadline& d : list)
            if (d.id() == id)
                return &d;
        return nullptr;
    };
    QStringList changes;
    for (const CaseDeadline& after : p.after.deadlines) {
        const CaseDeadline* before = find(p.before.deadlines, after.id());
        if (!before)
            changes.append(tr("新增期限“%1”：%2 前").arg(after.label.toString(), displayDate(after.due)));
        else if (before->due != after.due)
            changes.append(
                tr("期限“%1”：%2 → %3")
                    .arg(after.label.toString(), displayDate(before->due), displayDate(after.due)));
    }
    for (const CaseDeadline& before : p.before.deadlines)
        if (!find(p.after.deadlines, before.id()))
            changes.append(
                tr("不再适用的期限“%1”（原 %2 前）").arg(before.label.toString(), displayDate(before.due)));
    lines.append(changes.isEmpty() ? tr("期限不变。") : changes.join(QLatin1Char('\n')));
    return lines.join(QStringLiteral("\n\n"));
}

void FactCorrectionDialog::save()
{
    const Error error = m_session.correctFacts(m_caseId, patch(), m_reason->toPlainText().trimmed());
    if (error.isError()) {
        m_result->setStyleSheet(QStringLiteral("color: #c62828"));
        m_result->setText(factErrorText(error));
        return;
    }
    emit recorded(m_caseId);
    accept();
}

} // namespace casetrack
