#pragma once

#include "procedure/CaseState.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace casetrack {

class CaseDeadlinesModel;
class CorrectionDialog;
class FactCorrectionDialog;
class ProcedureStepper;
class MaterialsPanel;
class Session;
class StepDialog;
class TimelineModel;

// One case: a header (person, facts, track, stage, decision, sanction periods), the timeline,
// the next steps (a button per allowed step; greyed with reason and article when not) and the
// deadlines.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(Session& session, QWidget* parent = nullptr);

    void showCase(const QString& caseId);
    void refresh();
    QString caseId() const { return m_state.id; }
    const CaseState& state() const { return m_state; }

    // Opens the step dialog (window-modal, not blocking) and returns it.
    StepDialog* openStepDialog(const QString& stepId);
    CorrectionDialog* openCorrectionDialog(int seq = 0);
    // 更正案件信息 (procedure.md revision 2): the facts, previewed by replay before saving.
    FactCorrectionDialog* openFactCorrectionDialog();
    // Ctrl+R: the first allowed required step, else the first allowed one.
    void recordNextStep();

    TimelineModel* timeline() const { return m_timeline; }
    CaseDeadlinesModel* deadlines() const { return m_deadlines; }
    ProcedureStepper* stepper() const { return m_stepper; }
    // Case materials (issue 12): the panel under the deadlines; files dropped on the view go to it.
    MaterialsPanel* materials() const { return m_materials; }
    // The tabs under the timeline: the deadlines (first) and the materials.
    QTabWidget* detailTabs() const { return m_details; }
    QTableView* timelineView() const { return m_timelineView; }

signals:
    void caseChanged(const QString& caseId);
    void backRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitStepper();
    void showError(const Error& error);
    void fillHeader();
    void updateMaterialsTab();
    void fillNextSteps();
    QString factsText() const;
    QStringList decisionLines() const;

    Session& m_session;
    CaseState m_state;
    QLabel* m_title;
    QLabel* m_header;
    QLabel* m_warnings;
    TimelineModel* m_timeline;
    QTableView* m_timelineView;
    CaseDeadlinesModel* m_deadlines;
    QTableView* m_deadlinesView;
    QWidget* m_nextBox;
    QVBoxLayout* m_nextLayout;
    ProcedureStepper* m_stepper; // the track's steps, above the timeline
    QScrollArea* m_stepperScroll;
    MaterialsPanel* m_materials;
    QTabWidget* m_details; // 期限 | 案件材料, under the timeline
};

} // namespace casetrack
