#pragma once

#include "util/Error.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class Session;

// Exports one statistics figure, as its chart (PNG) or its table (XLSX). Like the list exports,
// purpose and recipient are required (data-sharing rules 第二十五条、第二十九条), and the use is
// audited before the file is released: the file is written under a hidden 0600 name in the
// chosen folder, the use recorded, and only then renamed to the name asked for. When the record
// cannot be written the hidden file is removed and nothing is left.
class FigureExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format
    {
        Png,
        Xlsx
    };
    // Writes the file at the path it is given; an error in the user's language otherwise.
    using Writer = std::function<Error(const QString& path)>;

    // `fileStem`: the default file name without date and extension (the figure's title);
    // `use`: what the audit record says besides format, file, purpose and recipient.
    FigureExportDialog(Session& session, Format format, const QString& fileStem, const QJsonObject& use,
                       Writer writer, QWidget* parent = nullptr);

    // e.g. 各阶段案件数（2025年）-2025年1月31日.png; characters no file name may hold become "-".
    static QString defaultFileName(const QString& stem, Format format, const QDate& date);

    bool canExport() const;
    void startExport();
    QString statusText() const;

signals:
    void exported(const QString& path);

private:
    void updateButtons();
    void browse();
    void fail(const QString& message);

    Session& m_session;
    Format m_format;
    QJsonObject m_use;
    Writer m_writer;
    QLineEdit* m_path;
    QLineEdit* m_purpose;
    QLineEdit* m_recipient;
    QLabel* m_status;
    QPushButton* m_export;
};

} // namespace casetrack
