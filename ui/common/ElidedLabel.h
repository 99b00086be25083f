#pragma once

#include <QFrame>

namespace casetrack {

// One line of text that gives way when room is short: elided (in the middle by default, so a
// path keeps its start and its file name), with the whole text as the tooltip.
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString& text = {}, Qt::TextElideMode mode = Qt::ElideMiddle,
                         QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateToolTip();

    QString m_text;
    Qt::TextElideMode m_mode;
};

} // namespace casetrack
