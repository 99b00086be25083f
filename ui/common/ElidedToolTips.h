#pragma once

#include <QObject>

class QAbstractItemView;

namespace casetrack {

// Shows a cell's whole text as its tooltip when the view has elided it (and the model's own
// tooltip, if it has one, otherwise). Install once per view.
class ElidedToolTips : public QObject
{
    Q_OBJECT
public:
    explicit ElidedToolTips(QAbstractItemView* view);

    // The text a tooltip shows for the cell at `pos` of the viewport; empty when none.
    QString toolTipAt(const QPoint& pos) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    QObject* m_viewport; // compared only, never called: events come during destruction too
};

} // namespace casetrack
