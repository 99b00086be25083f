#include "common/WrappingPanel.h"

#include <QEvent>
#include <QLayout>

namespace casetrack {

WrappingPanel::WrappingPanel(QWidget* parent) : QWidget(parent) {}

void WrappingPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

bool WrappingPanel::event(QEvent* event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeight();
    return handled;
}

void WrappingPanel::fitHeight()
{
    QLayout* layout = this->layout();
    if (!layout || !layout->hasHeightForWidth())
        return;
    const int needed = layout->totalHeightForWidth(width());
    if (needed != minimumHeight())
        setMinimumHeight(needed);
}

} // namespace casetrack
