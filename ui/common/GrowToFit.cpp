#include "common/GrowToFit.h"

#include <QLayout>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace casetrack {

void growToFit(QWidget* dialog)
{
    QTimer::singleShot(0, dialog, [guard = QPointer<QWidget>(dialog)] {
        if (!guard || !guard->layout())
            return;
        QLayout* layout = guard->layout();
        const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(guard->width())
                                                       : layout->totalSizeHint().height();
        if (needed > guard->height())
            guard->resize(guard->width(), needed);
    });
}

} // namespace casetrack
