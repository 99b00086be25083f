#include "common/ElidedToolTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace casetrack {

ElidedToolTips::ElidedToolTips(QAbstractItemView* view)
    : QObject(view), m_view(view), m_viewport(view->viewport())
{
    view->viewport()->installEventFilter(this);
}

QString ElidedToolTips::toolTipAt(const QPoint& pos) const
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return {};
    const QString own = index.data(Qt::ToolTipRole).toString();
    const QString text = index.data(Qt::DisplayRole).toString();
    // The delegate's own measure of the cell (font, icon, margins) against the width it has.
    const bool elided =
        !text.isEmpty() && m_view->sizeHintForIndex(index).width() > m_view->visualRect(index).width();
    if (!elided)
        return own;
    return own.isEmpty() ? text : text + QLatin1Char('\n') + own;
}

bool ElidedToolTips::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport's events arrive while the view is being destroyed too: look at the event
    // before touching the view.
    if (event->type() != QEvent::ToolTip || watched != m_viewport)
        return QObject::eventFilter(watched, event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, m_view->viewport(),
                           m_view->visualRect(m_view->indexAt(help->pos())));
    return true;
}

} // namespace casetrack
