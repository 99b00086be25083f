#include "case/StepFieldsEditor.h"

#include "case/RecusalEditor.h"

#include "common/ArticleText.h"
#include "common/DateField.h"
#include "procedure/MeetingThresholds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace casetrack {

namespace {
struct ChoiceTr
{
    Q_DECLARE_TR_FUNCTIONS(StepChoices)
};

// Long free text gets a paragraph editor; names and numbers a line.
bool isParagraph(const QString& name)
{
    return name == QLatin1String("problems") || name == QLatin1String("measures") ||
           name == QLatin1String("issues") || name == QLatin1String("note") ||
           name == QLatin1String("statement") || name == QLatin1String("text");
}
} // namespace

QString choiceName(const QString& value)
{
    if (value == QLatin1String("accepted"))
        return ChoiceTr::tr("审核通过");
    if (value == QLatin1String("problems"))
        return ChoiceTr::tr("发现问题");
    if (value == QLatin1String("stationed_body"))
        return ChoiceTr::tr("通过派驻机构");
    if (value == QLatin1String("organ_commission"))
        return ChoiceTr::tr("通过主管部门机关纪委");
    // 留党察看期满 (《中国共产党纪律处分条例》第十二条) and appeal outcomes (procedure.md revision 2).
    if (value == QLatin1String("restored"))
        return ChoiceTr::tr("恢复党员权利");
    if (value == QLatin1String("extended"))
        return ChoiceTr::tr("延长留党察看期限");
    if (value == QLatin1String("expelled"))
        return ChoiceTr::tr("开除党籍");
    if (value == QLatin1String("upheld"))
        return ChoiceTr::tr("维持原处分");
    if (value == QLatin1String("changed"))
        return ChoiceTr::tr("变更处分");
    if (value == QLatin1String("revoked"))
        return ChoiceTr::tr("撤销处分");
    return value;
}

StepFieldsEditor::StepFieldsEditor(const StepDefinition& step, const EngineSettings& settings,
                                   QWidget* parent)
    : QWidget(parent), m_step(step), m_settings(settings)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // The day it happened, never a day still to come.
    m_date = DateField::forPastDate(DateField::Need::Required, QStringLiteral("stepDate"), tr("发生日期"));
    m_date->setDate(QDate::currentDate());
    m_date->setToolTip(tr("步骤实际发生的日期（不是录入的日期），不能晚于今天。"));
    connect(m_date, &DateField::dateChanged, this, &StepFieldsEditor::changed);
    form->addRow(tr("发生日期："), m_date);
    for (const StepField& field : step.fields)
        addField(form, field);
    if (step.field(QStringLiteral("members_total"))) {
        m_quorum = new QLabel;
        m_quorum->setObjectName(QStringLiteral("quorumCheck"));
        m_quorum->setWordWrap(true);
        form->addRow(QString(), m_quorum);
        connect(this, &StepFieldsEditor::changed, this, &StepFieldsEditor::updateQuorum);
        updateQuorum();
    }
    updateProbation();
}

void StepFieldsEditor::addField(QFormLayout* form, const StepField& field)
{
    QWidget* w = nullptr;
    switch (field.type) {
    case FieldType::Text:
        if (isParagraph(field.name)) {
            auto* e = new QPlainTextEdit;
            e->setTabChangesFocus(true);
            e->setFixedHeight(e->fontMetrics().lineSpacing() * 4);
            connect(e, &QPlainTextEdit::textChanged, this, &StepFieldsEditor::changed);
            w = e;
        } else {
            auto* e = new QLineEdit;
            connect(e, &QLineEdit::textChanged, this, &StepFieldsEditor::changed);
            w = e;
        }
        break;
    case FieldType::TextList: {
        auto* e = new QPlainTextEdit;
        e->setTabChangesFocus(true);
        e->setPlaceholderText(tr("每行一项"));
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 5);
        connect(e, &QPlainTextEdit::textChanged, this, &StepFieldsEditor::changed);
        w = e;
        break;
    }
    case FieldType::Integer:
    case FieldType::ProbationYears: {
        auto* e = new QSpinBox;
        e->setRange(field.type == FieldType::ProbationYears ? 1 : 0,
                    field.type == FieldType::ProbationYears ? 2 : 999);
        connect(e, &QSpinBox::valueChanged, this, &StepFieldsEditor::changed);
        w = e;
        break;
    }
    case FieldType::Sanction: {
        auto* e = new QComboBox;
        if (!field.required)
            e->addItem(tr("（不填）"), QString());
        // procedure.md revision 2: `none` in every opinion, never in a decision.
        const bool mayBeNone =
            m_step.kind == StepKind::ProposalMade || m_step.kind == StepKind::ReviewFeedback ||
            m_step.kind == StepKind::ConsensusReached ||
            m_step.kind == StepKind::PartyGroupInformedOfSuggestion ||
            m_step.kind == StepKind::PartyGroupDisagreed || m_step.kind == StepKind::DispatchingOrganRuled;
        for (const SanctionDefinition& s : sanctionTable())
            if (s.isSanction || mayBeNone)
                e->addItem(s.name(), s.id);
        connect(e, &QComboBox::currentIndexChanged, this, [this] {
            updateProbation();
            emit changed();
        });
        w = e;
        break;
    }
    case FieldType::Choice: {
        auto* e = new QComboBox;
        for (const QString& choice : field.choices)
            e->addItem(choiceName(choice), choice);
        connect(e, &QComboBox::currentIndexChanged, this, &StepFieldsEditor::changed);
        w = e;
        break;
    }
    case FieldType::Bool: {
        auto* e = new QCheckBox;
        connect(e, &QCheckBox::toggled, this, &StepFieldsEditor::changed);
        w = e;
        break;
    }
    case FieldType::Date: {
        // A date in the step's data (an extension "until") may lie ahead: no upper bound.
        auto* e = new DateField(field.required ? DateField::Need::Required : DateField::Need::Optional);
        connect(e, &DateField::dateChanged, this, &StepFieldsEditor::changed);
        w = e;
        break;
    }
    case FieldType::RecusalList: {
        auto* e = new RecusalEditor;
        connect(e, &RecusalEditor::changed, this, &StepFieldsEditor::changed);
        w = e;
        break;
    }
    case FieldType::EventSeq: // a correction: CorrectionDialog picks the event it amends
    case FieldType::Object:   // facts_corrected: FactCorrectionDialog edits the facts
        return;
    }
    if (auto* dateField = qobject_cast<DateField*>(w))
        dateField->setFieldName(QStringLiteral("field_") + field.name);
    else
        w->setObjectName(QStringLiteral("field_") + field.name);
    w->setAccessibleName(field.label());
    form->addRow(field.required ? tr("%1（必填）：").arg(field.label()) : tr("%1：").arg(field.label()), w);
    m_editors.append({field, w});
}

QWidget* StepFieldsEditor::editor(const QString& name) const
{
    for (const auto& [field, w] : m_editors)
        if (field.name == name)
            return w;
    return nullptr;
}

void StepFieldsEditor::updateProbation()
{
    auto* sanction = qobject_cast<QComboBox*>(editor(QStringLiteral("sanction")));
    QWidget* years = editor(QStringLiteral("probation_years"));
    if (sanction && years)
        years->setEnabled(sanction->currentData().toString() == sanctionId(Sanction::Probation));
}

QString StepFieldsEditor::quorumText() const
{
    return m_quorum ? m_quorum->text() : QString();
}

// 第九条: more than half present and more than half for (or the configured thresholds), shown
// as the figures are typed so that a minority decision is caught before anything is saved.
void StepFieldsEditor::updateQuorum()
{
    auto value = [this](const char* name) {
        auto* box = qobject_cast<QSpinBox*>(editor(QLatin1String(name)));
        return box ? box->value() : 0;
    };
    const int total = value("members_total");
    const int present = value("members_present");
    const int votes = value("votes_for");
    auto* recusalEditor = qobject_cast<RecusalEditor*>(editor(QStringLiteral("recused")));
    const int recused = recusalEditor ? recusalEditor->count() : 0;
    if (total <= 0) {
        m_quorum->setStyleSheet(QString());
        m_quorum->setText(tr("请填写应到人数。"));
        return;
    }
    // The thresholds of this step's body (第九条, 第四条第二款 or 第十二条), as the engine checks.
    const MeetingThresholds rule = meetingThresholds(m_settings, m_step.id);
    const bool hasVotes = rule.majority.has_value() && editor(QStringLiteral("votes_for")) != nullptr;
    const int needPresent = rule.quorum.minimumFor(total);
    const int needVotes = hasVotes ? rule.majority->minimumFor(total) : 0;
    const bool ok = present + recused <= total && votes <= present && rule.quorum.isMetBy(present, total) &&
                    (!hasVotes || rule.majority->isMetBy(votes, total));
    QString text =
        hasVotes ? tr("应到 %1 人：实到须至少 %2 人，同意须至少 %3 人（%4）。")
                       .arg(total)
                       .arg(needPresent)
                       .arg(needVotes)
                       .arg(rule.article)
                 : tr("应到 %1 人：实到须至少 %2 人（%3）。").arg(total).arg(needPresent).arg(rule.article);
    if (present > total)
        text += tr("实到人数不能多于应到人数。");
    else if (present + recused > total)
        text += tr("回避的成员计入应到人数、不计入实到人数：实到 %1 人加回避 %2 人多于应到人数。")
                    .arg(present)
                    .arg(recused);
    else if (votes > present)
        text += tr("同意人数不能多于实到人数。");
    else
        text += ok ? tr("符合要求。") : tr("不符合要求：不得由个人或少数人决定。");
    m_quorum->setStyleSheet(ok ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
    m_quorum->setText(localizeArticles(text));
}

QDate StepFieldsEditor::date() const
{
    return m_date->date();
}

QString StepFieldsEditor::dateProblem() const
{
    if (!m_date->isAcceptable())
        return tr("%1：%2").arg(m_date->accessibleName(), m_date->problem());
    for (const auto& [field, w] : m_editors)
        if (auto* d = qobject_cast<DateField*>(w); d && !d->isAcceptable())
            return tr("%1：%2").arg(field.label(), d->problem());
    return {};
}

void StepFieldsEditor::setDate(const QDate& date)
{
    m_date->setDate(date);
}

QJsonObject StepFieldsEditor::data() const
{
    QJsonObject out;
    for (const auto& [field, w] : m_editors) {
        if (!w->isEnabled())
            continue;
        if (auto* recusal = qobject_cast<RecusalEditor*>(w)) {
            if (recusal->count() > 0)
                out.insert(field.name, recusal->members());
        } else if (auto* dateField = qobject_cast<DateField*>(w)) {
            if (dateField->date().isValid())
                out.insert(field.name, dateField->date().toString(Qt::ISODate));
        } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
            if (!line->text().trimmed().isEmpty())
                out.insert(field.name, line->text().trimmed());
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
            const QString value = text->toPlainText().trimmed();
            if (field.type == FieldType::TextList) {
                QJsonArray items;
                for (const QString& line : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    if (!line.trimmed().isEmpty())
                        items.append(line.trimmed());
                if (!items.isEmpty())
                    out.insert(field.name, items);
            } else if (!value.isEmpty()) {
                out.insert(field.name, value);
            }
        } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
            out.insert(field.name, spin->value());
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            if (!combo->currentData().toString().isEmpty())
                out.insert(field.name, combo->currentData().toString());
        } else if (auto* check = qobject_cast<QCheckBox*>(w)) {
            if (check->isChecked())
                out.insert(field.name, true);
        }
    }
    return out;
}

void StepFieldsEditor::carryForward(const QJsonObject& defaults)
{
    QJsonObject usable;
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        QWidget* w = editor(it.key());
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->findData(it.value().toString()) < 0)
            continue;
        if (w)
            usable.insert(it.key(), it.value());
    }
    setData(usable);
}

void StepFieldsEditor::setData(const QJsonObject& data)
{
    for (const auto& [field, w] : m_editors) {
        const QJsonValue v = data.value(field.name);
        if (v.isUndefined())
            continue;
        if (auto* recusal = qobject_cast<RecusalEditor*>(w)) {
            recusal->setMembers(v.toArray());
        } else if (auto* dateField = qobject_cast<DateField*>(w)) {
            dateField->setDate(QDate::fromString(v.toString(), Qt::ISODate));
        } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
            line->setText(v.toString());
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
            QStringList lines;
            if (v.isArray())
                for (const QJsonValue& item : v.toArray())
                    lines.append(item.toString());
            else
                lines.append(v.toString());
            text->setPlainText(lines.join(QLatin1Char('\n')));
        } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
            spin->setValue(v.toInt());
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            combo->setCurrentIndex(qMax(0, combo->findData(v.toString())));
        } else if (auto* check = qobject_cast<QCheckBox*>(w)) {
            check->setChecked(v.toBool());
        }
    }
    updateProbation();
}

} // namespace casetrack
