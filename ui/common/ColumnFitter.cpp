#include "common/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace casetrack {

ColumnFitter::ColumnFitter(QTableView* view, QList<int> textColumns, QList<int> wholeColumns)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_textColumns(std::move(textColumns)),
      m_wholeColumns(std::move(wholeColumns))
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->setTextElideMode(Qt::ElideRight);
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && m_view->horizontalHeader()->isVisible() && m_view->isVisible())
            m_userAdjusted = true;
    });
    // Rows arrive after the view exists: fit again when the first ones come.
    auto refit = [this] {
        if (m_view->model() && m_view->model()->rowCount() <= 200)
            fitColumns();
    };
    // After a reset, in a turn of its own: measuring the rows on screen takes about 25 ms, and
    // the reset of a 100,000-row list already takes its share of the same turn.
    m_afterReset.setSingleShot(true);
    m_afterReset.setInterval(0);
    connect(&m_afterReset, &QTimer::timeout, this, [this] { fitColumns(); });
    connect(view->model(), &QAbstractItemModel::modelReset, &m_afterReset, qOverload<>(&QTimer::start));
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, refit);
    connect(view->model(), &QAbstractItemModel::layoutChanged, this, refit);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    // Checked in this order: the viewport sends events while the view is being destroyed.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fitColumns();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fitColumns(bool force)
{
    if (force)
        m_userAdjusted = false;
    if (m_userAdjusted || !m_view->model())
        return;
    QHeaderView* header = m_view->horizontalHeader();
    const int count = header->count();
    QList<int> want(count, 0), least(count, 0);
    int visible = 0;
    for (int c = 0; c < count; ++c) {
        if (header->isSectionHidden(c))
            continue;
        ++visible;
        least[c] = header->sectionSizeHint(c);
        want[c] = std::max(least[c], static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(c));
        if (m_wholeColumns.contains(c))
            least[c] = want[c];
    }
    if (visible == 0)
        return;
    const int available = m_view->viewport()->width();
    // On a narrow screen even the headers may not fit: then the text columns' headers are elided
    // too, down to a few characters.
    int leastTotal = 0;
    for (int c = 0; c < count; ++c)
        leastTotal += least[c];
    if (leastTotal > available) {
        const int floor = m_view->fontMetrics().averageCharWidth() * 6;
        for (int c : m_textColumns)
            if (c < count && !m_wholeColumns.contains(c))
                least[c] = std::min(least[c], floor);
    }
    auto total = [&](int cap) {
        int sum = 0;
        for (int c = 0; c < count; ++c)
            sum += std::max(least[c], std::min(want[c], cap));
        return sum;
    };
    QList<int> width = want;
    const int wanted = total(INT_MAX);
    if (wanted <= available) {
        // Room to spare: the text columns share it, so nothing stretches an empty column.
        QList<int> takers;
        for (int c : m_textColumns)
            if (c < count && !header->isSectionHidden(c))
                takers.append(c);
        const int spare = available - wanted;
        for (int i = 0; i < takers.size(); ++i)
            width[takers[i]] += spare / int(takers.size()) + (i < spare % takers.size() ? 1 : 0);
    } else {
        // Short of room: the widest columns give way first, down to a common cap.
        int low = 0, high = *std::max_element(want.begin(), want.end());
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (total(mid) <= available)
                low = mid;
            else
                high = mid - 1;
        }
        for (int c = 0; c < count; ++c)
            width[c] = std::max(least[c], std::min(want[c], low));
    }
    m_fitting = true;
    for (int c = 0; c < count; ++c)
        if (!header->isSectionHidden(c))
            header->resizeSection(c, width[c]);
    m_fitting = false;
}

} // namespace casetrack
