#pragma once

#include <QDialog>

class QPrinter;
class QPrintPreviewWidget;

namespace casetrack {

// The print preview of a document: the pages on screen, zoom, and a print button that closes
// the preview and asks the caller to print. Unlike QPrintPreviewDialog it never prints itself, so
// the caller's print path (the record of use first, then the paper) is the only one.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // exec() returns this when the user asked to print from the preview.
    static constexpr int PrintRequested = 2;

    explicit DocumentPreviewDialog(const QString& documentName, QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

signals:
    // Paint the pages on `printer` (a preview device: nothing is printed).
    void paintRequested(QPrinter* printer);

private:
    QPrinter* m_printer;
    QPrintPreviewWidget* m_view;
};

} // namespace casetrack
