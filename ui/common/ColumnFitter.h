#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QTableView;

namespace casetrack {

// Keeps a table's columns fitted to its width. Each column asks for what its header and its
// visible rows need; when that fits, the columns that carry free text share what is left over;
// when it does not, the widest columns give way first (never below their header), and their
// text is elided (ElidedToolTips shows it whole). Once the user drags a column edge, their widths
// stand until fitColumns() is called again with `force`.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // `textColumns` share spare width; `wholeColumns` (identifiers, dates) are never elided.
    ColumnFitter(QTableView* view, QList<int> textColumns, QList<int> wholeColumns = {});

    void fitColumns(bool force = false);
    bool userAdjusted() const { return m_userAdjusted; }
    void setUserAdjusted(bool adjusted) { m_userAdjusted = adjusted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_view;
    QObject* m_viewport; // compared only, never called: events come during destruction too
    QList<int> m_textColumns;
    QList<int> m_wholeColumns;
    QTimer m_afterReset; // fits in the turn after a model reset
    bool m_fitting = false;
    bool m_userAdjusted = false;
};

} // namespace casetrack
