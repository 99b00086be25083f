#include "common/GrowToFit.h"

#include <QLabel>
#include <QLayout>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QWidget>

namespace casetrack {

namespace {

// How many pixels the dialog's word-wrapped labels lack at their current widths.
int wrappedDeficit(QWidget* dialog)
{
    int deficit = 0;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (!label->wordWrap() || !label->isVisibleTo(dialog) || label->text().isEmpty())
            continue;
        deficit += qMax(0, label->heightForWidth(label->width()) - label->height());
    }
    return deficit;
}

} // namespace

void growToFit(QWidget* dialog)
{
    QTimer::singleShot(0, dialog, [guard = QPointer<QWidget>(dialog)] {
        if (!guard || !guard->layout())
            return;
        // Nested form layouts underestimate wrapped rows: grow by what the labels themselves
        // still lack, a few rounds at most (each round may re-wrap at a new width).
        for (int round = 0; round < 4; ++round) {
            guard->layout()->activate();
            const int deficit = wrappedDeficit(guard);
            if (deficit == 0)
                break;
            guard->resize(guard->width(), guard->height() + deficit);
        }
    });
}

void widenForScrollArea(QWidget* dialog, QScrollArea* area)
{
    if (!dialog->layout() || !area->widget())
        return;
    const QMargins margins = dialog->layout()->contentsMargins();
    int width = area->widget()->minimumSizeHint().width() + area->verticalScrollBar()->sizeHint().width() +
                2 * area->frameWidth() + margins.left() + margins.right();
    if (const QScreen* screen = dialog->screen())
        width = qMin(width, screen->availableGeometry().width() * 9 / 10);
    if (width > dialog->width())
        dialog->resize(width, dialog->height());
}

} // namespace casetrack
