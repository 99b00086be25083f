#include "cases/NewCaseDialog.h"

#include "common/ArticleText.h"
#include "common/BodyNames.h"
#include "common/DateField.h"
#include "common/DisplayText.h"
#include "common/ErrorText.h"
#include "common/FactErrorText.h"
#include "common/GrowToFit.h"
#include "procedure/ProcedureEngine.h"
#include "procedure/StepTable.h"
#include "services/Session.h"
#include "util/DateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace casetrack {

NewCaseDialog::NewCaseDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("新建案件"));

    auto line = [](const QString& objectName, const QString& accessible) {
        auto* e = new QLineEdit;
        e->setObjectName(objectName);
        e->setAccessibleName(accessible);
        return e;
    };
    m_name = line(QStringLiteral("subjectName"), tr("被审查调查人姓名"));
    m_gender = line(QStringLiteral("subjectGender"), tr("性别"));
    m_ethnicity = line(QStringLiteral("subjectEthnicity"), tr("民族"));
    m_unit = line(QStringLiteral("subjectUnit"), tr("单位"));
    m_position = line(QStringLiteral("subjectPosition"), tr("职务"));
    m_birth =
        DateField::forPastDate(DateField::Need::Optional, QStringLiteral("subjectBirthDate"), tr("出生日期"));
    m_joined = DateField::forPastDate(DateField::Need::Optional, QStringLiteral("subjectPartyJoinDate"),
                                      tr("入党日期"));

    auto* person = new QGroupBox(tr("被审查调查人"));
    auto* personForm = new QFormLayout(person);
    personForm->addRow(tr("姓名（必填）："), m_name);
    personForm->addRow(tr("性别："), m_gender);
    personForm->addRow(tr("民族："), m_ethnicity);
    personForm->addRow(tr("出生日期："), m_birth);
    personForm->addRow(tr("入党日期："), m_joined);
    personForm->addRow(tr("单位："), m_unit);
    personForm->addRow(tr("职务："), m_position);

    m_filingBody = new QComboBox;
    m_filingBody->setObjectName(QStringLiteral("filingBody"));
    m_filingBody->setAccessibleName(tr("立案机关"));
    m_filingBody->addItem(tr("派驻机构（纪检监察组）"), QStringLiteral("stationed_body"));
    m_filingBody->addItem(tr("地方纪委"), QStringLiteral("local_commission"));
    m_filingBody->addItem(tr("本单位机关纪委（基层纪委）"), QStringLiteral("organ_commission"));
    m_managed = fact(QStringLiteral("managedByPartyGroup"), tr("属于驻在单位党组管理的人员"),
                     tr("不属于党组管理的人员不适用本规定（第三条、第四条），CaseTrack 不跟踪此类案件。"));
    m_managed->setChecked(true);
    m_appointed = fact(QStringLiteral("appointedByPartyGroup"), tr("任免由驻在单位党组会议讨论决定"),
                       tr("任免经党组会议讨论决定的党员，只能由党组讨论决定处分（第四条第一款）。"));
    // 第四条第二款 says "也可以": the grassroots route is a choice, never forced, and the Party
    // group stays the default (procedure.md revision 2, item 1).
    m_route = new QComboBox;
    m_route->setObjectName(QStringLiteral("decisionRoute"));
    m_route->setAccessibleName(tr("处分决定方式"));
    m_route->addItem(localizeArticles(tr("党组讨论决定（第四条第一款）")), QStringLiteral("party_group"));
    m_route->addItem(localizeArticles(tr("基层纪委审查批准或基层党委审议批准（第四条第二款）")),
                     QStringLiteral("grassroots"));
    m_route->setToolTip(
        tr("任免不经党组会议讨论决定的党员，其处分也可以由基层纪委审查批准或基层党委审议批准"
           "（第四条第二款“也可以”）：这是可选的，党组仍可讨论决定。开除党籍的，还须报党组会议审议批准。"));
    m_leadership = fact(QStringLiteral("leadershipMember"), tr("是驻在单位党组管理的领导班子成员"),
                        tr("领导班子成员的案件须移送派出机构审理（第六条）。"));
    m_keyTarget = fact(QStringLiteral("keySupervisionTarget"), tr("是其他列入重点监督对象的党员"),
                       tr("重点监督对象的案件也须移送派出机构审理（第六条）。"));
    m_principal = fact(QStringLiteral("principalLeader"), tr("是领导班子中的正职领导干部"),
                       tr("正职领导干部的处分建议须先与派出机关有关部门沟通形成一致意见（第八条第二款）。"));
    m_filedWith = new QComboBox;
    m_filedWith->setObjectName(QStringLiteral("filedWith"));
    m_filedWith->setAccessibleName(tr("是否向党中央或地方党委备案"));
    m_filedWith->addItem(tr("不是备案的党员干部"), QStringLiteral("none"));
    m_filedWith->addItem(tr("向党中央备案"), QStringLiteral("central"));
    m_filedWith->addItem(tr("向本级地方党委备案"), QStringLiteral("local"));
    m_filedWith->setToolTip(
        tr("备案的党员干部受处分后，须通报中央组织部或本级党委组织部门（第十一条第三款）。"));
    m_orgLocal = fact(QStringLiteral("orgRelationLocal"), tr("党组织关系在地方，干部由主管部门党组管理"),
                      tr("适用第十二条：处分决定后须向地方党组织或主管部门党组通报。"));
    m_localMember =
        fact(QStringLiteral("localCommitteeMember"), tr("同时是地方党委委员、候补委员或地方纪委委员"),
             tr("由地方纪委作出处分决定（第十二条第二款）。"));
    m_major = fact(QStringLiteral("majorComplex"), tr("重大、疑难、复杂案件"),
                   tr("可以商请派出机构提前介入审理（第六条第三款）。"));

    auto* facts = new QGroupBox(tr("决定适用程序的情况"));
    auto* factsLayout = new QFormLayout(facts);
    // Each fact with what it changes, in a quieter line below it: the user sees why it matters.
    auto addFact = [factsLayout](QWidget* field, const QString& label = QString()) {
        if (label.isEmpty())
            factsLayout->addRow(field);
        else
            factsLayout->addRow(label, field);
        auto* why = new QLabel(localizeArticles(field->toolTip()));
        why->setWordWrap(true);
        why->setIndent(field->fontMetrics().horizontalAdvance(QStringLiteral("党")) * 2);
        why->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
        factsLayout->addRow(why);
    };
    m_filingBody->setToolTip(
        tr("派驻机构立案的，须向所在单位党组主要负责人通报（第五条）；地方纪委立案适用第十二条；"
           "本单位机关纪委（基层纪委）也可以立案。"));
    addFact(m_filingBody, tr("立案机关："));
    for (QCheckBox* box : {m_managed, m_appointed})
        addFact(box);
    addFact(m_route, tr("处分决定方式："));
    for (QCheckBox* box : {m_leadership, m_keyTarget, m_principal})
        addFact(box);
    addFact(m_filedWith, tr("备案情况："));
    for (QCheckBox* box : {m_orgLocal, m_localMember, m_major})
        addFact(box);

    m_fileNow = new QCheckBox(tr("同时记录立案"));
    m_fileNow->setObjectName(QStringLiteral("recordFiling"));
    m_fileNow->setChecked(true);
    m_filedOn =
        DateField::forPastDate(DateField::Need::Required, QStringLiteral("filingDate"), tr("立案日期"));
    m_filedOn->setDate(QDate::currentDate());
    m_number = line(QStringLiteral("caseNumber"), tr("案件编号"));
    m_number->setPlaceholderText(tr("可不填"));
    auto* filing = new QGroupBox(tr("立案（第五条）"));
    auto* filingForm = new QFormLayout(filing);
    filingForm->addRow(m_fileNow);
    filingForm->addRow(tr("立案日期："), m_filedOn);
    filingForm->addRow(tr("案件编号："), m_number);
    connect(m_fileNow, &QCheckBox::toggled, m_filedOn, &QWidget::setEnabled);
    connect(m_fileNow, &QCheckBox::toggled, m_number, &QWidget::setEnabled);

    m_track = new QLabel;
    m_track->setObjectName(QStringLiteral("trackPreview"));
    m_track->setWordWrap(true);
    m_implied = new QLabel;
    m_implied->setObjectName(QStringLiteral("impliedFacts"));
    m_implied->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("newCaseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(person);
    contentLayout->addWidget(facts);
    contentLayout->addWidget(bodiesBox());
    contentLayout->addWidget(filing);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // its fields take Tab; the area itself is no stop

    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("保存"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("newCaseSave"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("newCaseCancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_track);
    layout->addWidget(m_implied);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit* e : {m_name, m_unit})
        connect(e, &QLineEdit::textChanged, this, &NewCaseDialog::update);
    for (QCheckBox* b :
         {m_managed, m_appointed, m_leadership, m_keyTarget, m_principal, m_orgLocal, m_localMember, m_major})
        connect(b, &QCheckBox::toggled, this, &NewCaseDialog::update);
    for (QComboBox* c : {m_filingBody, m_route, m_filedWith})
        connect(c, &QComboBox::currentIndexChanged, this, &NewCaseDialog::update);
    for (DateField* d : {m_birth, m_joined, m_filedOn})
        connect(d, &DateField::dateChanged, this, &NewCaseDialog::update);
    connect(m_fileNow, &QCheckBox::toggled, this, &NewCaseDialog::update);
    connect(m_save, &QPushButton::clicked, this, &NewCaseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint().width() + 80, 640);
    widenForScrollArea(this, scroll);
    update();
    m_name->setFocus(Qt::OtherFocusReason); // the first thing to type is the name
    m_unsaved.emplace(this);                // after filling: only what the user changes counts
}

void NewCaseDialog::reject()
{
    if (m_unsaved && !m_unsaved->mayClose())
        return;
    QDialog::reject();
}

QCheckBox* NewCaseDialog::fact(const QString& objectName, const QString& text, const QString& explain)
{
    auto* box = new QCheckBox(text);
    box->setObjectName(objectName);
    box->setToolTip(explain);
    box->setAccessibleDescription(explain);
    return box;
}

// One choice per body: the registered organs of that kind, the default first. Left at the
// default, the case names no organ and the documents use the default of the day.
QWidget* NewCaseDialog::bodiesBox()
{
    auto* box = new QGroupBox(tr("机构（可不选：使用各类别的默认机构）"));
    auto* form = new QFormLayout(box);
    const Result<QList<Organization>> registry = m_session.organizations();
    const QList<Organization> organs = registry.ok() ? registry.value() : QList<Organization>();
    for (const QString& kind : bodyIds()) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("body_") + kind);
        combo->setAccessibleName(bodyDisplayName(kind));
        QString defaultName;
        for (const Organization& o : organs)
            if (o.kind == kind && o.isDefault)
                defaultName = o.name;
        combo->addItem(defaultName.isEmpty() ? tr("（未指定）") : tr("默认：%1").arg(defaultName), QString());
        for (const Organization& o : organs)
            if (o.kind == kind)
                combo->addItem(o.name, o.id);
        combo->setEnabled(combo->count() > 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &NewCaseDialog::update);
        m_bodies.insert(kind, combo);
        form->addRow(tr("%1：").arg(bodyDisplayName(kind)), combo);
    }
    return box;
}

CaseFacts NewCaseDialog::facts() const
{
    CaseFacts f;
    SubjectFacts& s = f.subject;
    s.name = m_name->text().trimmed();
    s.gender = m_gender->text().trimmed();
    s.ethnicity = m_ethnicity->text().trimmed();
    s.birthDate = m_birth->date();
    s.partyJoinDate = m_joined->date();
    s.unit = m_unit->text().trimmed();
    s.position = m_position->text().trimmed();
    s.managedByPartyGroup = m_managed->isChecked();
    s.appointedByPartyGroup = m_appointed->isChecked();
    s.leadershipMember = m_leadership->isChecked();
    s.keySupervisionTarget = m_keyTarget->isChecked();
    s.principalLeader = m_principal->isChecked();
    s.filedWith = m_filedWith->currentData().toString();
    s.orgRelationLocal = m_orgLocal->isChecked();
    s.localCommitteeMember = m_localMember->isChecked();
    f.filingBody = m_filingBody->currentData().toString();
    f.majorComplex = m_major->isChecked();
    f.decisionRoute = m_route->currentData().toString() == QLatin1String("grassroots")
                          ? DecisionRoute::Grassroots
                          : DecisionRoute::PartyGroup;
    for (auto it = m_bodies.begin(); it != m_bodies.end(); ++it)
        if (!it.value()->currentData().toString().isEmpty())
            f.bodies.insert(it.key(), it.value()->currentData().toString());
    return f;
}

QString NewCaseDialog::trackText() const
{
    return m_track->text();
}

QString NewCaseDialog::errorText() const
{
    return m_error->text();
}

// The track comes from the engine: a case with these facts and no events yet. The combinations
// are checked by core (CaseFacts::fromJson, as `case add` reads them), also before a name is
// typed, so a contradiction shows as soon as it is made.
void NewCaseDialog::update()
{
    const CaseFacts f = facts();
    QJsonObject json = f.toJson();
    if (f.subject.name.isEmpty()) {
        QJsonObject subject = json.value(QLatin1String("subject")).toObject();
        subject.insert(QStringLiteral("name"), QStringLiteral("?"));
        json.insert(QStringLiteral("subject"), subject);
    }
    auto valid = CaseFacts::fromJson(json);
    if (!valid.ok()) {
        m_error->setText(factErrorText(valid.error()));
        m_track->clear();
        m_implied->clear();
        m_save->setEnabled(false);
        return;
    }
    m_implied->setText(
        valid->implied.contains(QStringLiteral("subject.leadership_member"))
            ? tr("正职领导干部同时视为领导班子成员，按领导班子成员办理（第六条、第八条第二款）。")
            : QString());
    CaseRecord record;
    record.facts = valid.value();
    const CaseState state =
        deriveState(record, m_session.calendar(), m_session.engineSettings(), QDate::currentDate());
    m_track->setText(tr("按以上情况，本案适用：<b>%1</b>（%2）")
                         .arg(trackDisplayName(state.track), localizeArticles(trackArticle(state.track))));
    // A date that is typed but not acceptable holds the save back; its own line says why.
    QString dateProblem;
    for (const DateField* d : {m_birth, m_joined, m_filedOn})
        if (dateProblem.isEmpty() && d->isEnabled() && !d->isAcceptable())
            dateProblem = tr("%1：%2").arg(d->accessibleName(), d->problem());
    m_error->setText(f.subject.name.isEmpty() ? tr("请填写被审查调查人姓名。") : dateProblem);
    m_save->setEnabled(!f.subject.name.isEmpty() && dateProblem.isEmpty());
}

void NewCaseDialog::save()
{
    // The facts as core reads them (an implied fact set, as `case add` stores it).
    auto valid = CaseFacts::fromJson(facts().toJson());
    if (!valid.ok()) {
        m_error->setText(factErrorText(valid.error()));
        return;
    }
    auto created = m_session.addCase(valid.value());
    if (!created.ok()) {
        m_error->setText(factErrorText(created.error()));
        return;
    }
    const QString id = created.value();
    if (m_fileNow->isChecked()) {
        Event filed;
        filed.step = QStringLiteral("case_filed");
        filed.date = m_filedOn->date();
        if (!m_number->text().trimmed().isEmpty())
            filed.data.insert(QStringLiteral("number"), m_number->text().trimmed());
        auto recorded = m_session.recordEvent(id, filed);
        if (!recorded.ok()) {
            // The case exists; say why the filing was not recorded and let the case view retry.
            m_error->setText(casetrack::errorText(recorded.error()));
        }
    }
    emit caseCreated(id);
    accept();
}

} // namespace casetrack
