#pragma once

#include <QLayout>
#include <QList>

namespace casetrack {

// Lays its items out left to right and wraps them to the next line when the width runs out,
// like words in a paragraph (Qt has no such layout; after Qt's "Flow Layout" example). It has a
// height for every width, so a parent layout gives it the lines it needs.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const; // the height used
    int gap() const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace casetrack
