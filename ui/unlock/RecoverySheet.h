#pragma once

#include <QString>

class QPrinter;
class QWidget;

namespace casetrack {

// The recovery sheet offered when a database is created: the recovery key, what it unlocks and
// how to keep it. Printing happens here, in the UI; the core only hands over the key text.
class RecoverySheet
{
public:
    RecoverySheet(QString databasePath, QString adminName, QString recoveryKey);

    QString html() const;
    void print(QPrinter* printer) const;
    // Writes the sheet as a PDF file; false when the file cannot be written.
    bool writePdf(const QString& fileName) const;

    // Interactive: the print dialog, or a file chooser for the PDF. True when something was
    // printed or saved.
    bool printWithDialog(QWidget* parent) const;
    bool saveAsPdfWithDialog(QWidget* parent, QString* savedTo = nullptr) const;

private:
    QString m_path;
    QString m_admin;
    QString m_key;
};

} // namespace casetrack
