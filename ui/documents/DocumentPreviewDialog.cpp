#include "documents/DocumentPreviewDialog.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace casetrack {

DocumentPreviewDialog::DocumentPreviewDialog(const QString& documentName, QWidget* parent)
    : QDialog(parent), m_printer(new QPrinter(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("printPreviewDialog"));
    setWindowTitle(tr("打印预览 — %1").arg(documentName));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setFullPage(true);
    m_view = new QPrintPreviewWidget(m_printer, this);
    m_view->setObjectName(QStringLiteral("printPreviewPages"));
    m_view->setAccessibleName(tr("预览页面"));
    connect(m_view, &QPrintPreviewWidget::paintRequested, this, &DocumentPreviewDialog::paintRequested);

    auto button = [this](const QString& text, const QString& name, const QKeySequence& keys) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        b->setAccessibleName(text);
        b->setAutoDefault(false);
        if (!keys.isEmpty()) {
            b->setShortcut(keys);
            b->setToolTip(keys.toString(QKeySequence::NativeText));
        }
        return b;
    };
    QPushButton* fitWidth = button(tr("适合宽度"), QStringLiteral("previewFitWidth"), {});
    QPushButton* fitPage = button(tr("整页"), QStringLiteral("previewFitPage"), {});
    QPushButton* zoomIn = button(tr("放大"), QStringLiteral("previewZoomIn"), QKeySequence::ZoomIn);
    QPushButton* zoomOut = button(tr("缩小"), QStringLiteral("previewZoomOut"), QKeySequence::ZoomOut);
    QPushButton* print = button(tr("打印…"), QStringLiteral("previewPrint"), QKeySequence::Print);
    QPushButton* close = button(tr("关闭"), QStringLiteral("previewClose"), {});
    connect(fitWidth, &QPushButton::clicked, m_view, &QPrintPreviewWidget::fitToWidth);
    connect(fitPage, &QPushButton::clicked, m_view, &QPrintPreviewWidget::fitInView);
    connect(zoomIn, &QPushButton::clicked, m_view, [this] { m_view->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, m_view, [this] { m_view->zoomOut(); });
    connect(print, &QPushButton::clicked, this, [this] { done(PrintRequested); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {fitWidth, fitPage, zoomIn, zoomOut})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(print);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(820, 900);
}

DocumentPreviewDialog::~DocumentPreviewDialog()
{
    // The view paints on the printer until it goes: it is deleted first.
    delete m_view;
    delete m_printer;
}

} // namespace casetrack
