#pragma once

#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace casetrack {

// The recovery sheet offered when a database is created: the recovery key, what it unlocks and
// how to keep it. Printing happens here, in the UI; the core only hands over the key text.
class RecoverySheet
{
public:
    RecoverySheet(QString databasePath, QString adminName, QString recoveryKey);

    // The key as it is shown and printed: groups of eight digits, four groups a line, groups
    // separated by spaces so that a line can only ever break between groups.
    static QStringList keyLines(const QString& recoveryKey);

    QString html() const;
    void print(QPrinter* printer) const;
    // Writes the sheet as a PDF file; false when the file cannot be written. For the tests that
    // check the sheet's content only: the app never saves the key to a file.
    bool writePdf(const QString& fileName) const;

    // Interactive: the print dialog, without its "print to file". True when it was printed.
    bool printWithDialog(QWidget* parent) const;

private:
    QString m_path;
    QString m_admin;
    QString m_key;
};

} // namespace casetrack
