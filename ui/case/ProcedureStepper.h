#pragma once

#include "procedure/TrackSteps.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace casetrack {

class FlowLayout;

// The case's track as a row of steps (procedure/TrackSteps): done (with its date), current,
// refused (the engine's reason) and remaining, in the track's order, wrapping to the width.
// Each step is a short label; its tooltip and accessible description carry the article, the
// date or the reason. One Tab stop: the arrow keys (and Home, End) move between the steps and
// show each one's tooltip.
class ProcedureStepper : public QWidget
{
    Q_OBJECT
public:
    explicit ProcedureStepper(QWidget* parent = nullptr);

    void setSteps(const QList<TrackStep>& steps);
    const QList<TrackStep>& steps() const { return m_steps; }
    // The labels, in order (for tests and the screenshot tour).
    const QList<QLabel*>& labels() const { return m_labels; }
    int focusedStep() const { return m_focused; }

    // The name a step shows ("A或B" for alternatives not yet decided), its status word and its
    // whole description (the tooltip).
    static QString stepName(const TrackStep& step);
    static QString statusText(TrackStepStatus status);
    static QString description(const TrackStep& step);

signals:
    // The height its steps need at its width changed (a scroll area around it follows).
    void heightChanged(int height);

public:
    // Its height is what its steps need at its current width (set on every resize), not a
    // height-for-width: that would make the window's minimum the height at its narrowest.
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void focusStep(int index);
    void styleLabel(int index);
    void fitHeight();
    void showFocusedStep();

    FlowLayout* m_flow;
    QList<TrackStep> m_steps;
    QList<QLabel*> m_labels;
    int m_focused = 0;
};

} // namespace casetrack
