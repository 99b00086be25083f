#pragma once

#include "documents/DocumentSettings.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class Session;

// The 文书 settings of the database (issue 5): names of the bodies, the document-number pattern,
// signatures and the folder of the office's own templates. Stored as the "documents" setting
// (shared by all users, audited); only an administrator may change them, as Session enforces —
// others see them read-only.
class DocumentSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentSettingsDialog(Session& session, QWidget* parent = nullptr);

    DocumentSettings edited() const;
    bool save();

private:
    void load(const DocumentSettings& settings);
    QLineEdit* addField(const QString& key, const QString& label);

    Session& m_session;
    QHash<QString, QLineEdit*> m_names;      // by JSON key
    QHash<QString, QLineEdit*> m_signatures; // by body id
    QLineEdit* m_templates = nullptr;
    QLabel* m_status;
    QPushButton* m_save;
};

} // namespace casetrack
