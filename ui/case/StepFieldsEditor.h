#pragma once

#include "procedure/EngineSettings.h"
#include "procedure/StepTable.h"

#include <QDate>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace casetrack {

class DateField;

// The editors for one step's data, built from the step table's field definitions (never a form
// per step): text, lists, numbers, sanction with probation years, choices. The date defaults to
// today and cannot be in the future. Meetings get a live quorum check (第九条).
class StepFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    StepFieldsEditor(const StepDefinition& step, const EngineSettings& settings, QWidget* parent = nullptr);

    QDate date() const;
    void setDate(const QDate& date);
    // What is wrong with a typed date (the step's own or one in its data); empty when all are fine.
    QString dateProblem() const;
    QJsonObject data() const;
    void setData(const QJsonObject& data);
    // Defaults from earlier steps (the sanction proposed before a decision): a value this step
    // may not take (e.g. "none" in a decision) is left at the editor's own default.
    void carryForward(const QJsonObject& defaults);
    // The quorum line's text ("应到 7 人，实到须至少 4 人…"); empty when the step has no meeting.
    QString quorumText() const;

signals:
    void changed();

private:
    void addField(QFormLayout* form, const StepField& field);
    void updateQuorum();
    void updateProbation();
    QWidget* editor(const QString& name) const;

    const StepDefinition& m_step;
    EngineSettings m_settings;
    DateField* m_date;
    QLabel* m_quorum = nullptr;
    QList<QPair<StepField, QWidget*>> m_editors;
};

// Translated names for the step table's choice values.
QString choiceName(const QString& value);

} // namespace casetrack
