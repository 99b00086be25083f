#pragma once

#include <QWidget>

namespace casetrack {

// The content of a vertically scrolling area whose word-wrapped labels need more height the
// narrower it gets. QScrollArea sizes its widget from the minimum size alone, which squeezes
// wrapped text into one clipped line; this panel raises its minimum height to what its layout
// needs at its current width.
class WrappingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WrappingPanel(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void fitHeight();
};

} // namespace casetrack
