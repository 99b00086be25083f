#pragma once

#include "common/UnsavedChanges.h"
#include "procedure/CaseFacts.h"

#include <QDialog>
#include <QJsonObject>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace casetrack {

class DateField;

class Session;
struct FactsPreview;

// 更正案件信息 (procedure.md revision 2, item 10): the case facts as recorded, editable; 预览
// replays the history under the corrected facts (core, through previewFactsCorrection) and lists
// what would change - track, stage, deadlines - or, when the correction would be refused, the
// recorded steps it would orphan. Saving (Session::correctFacts, audited) is possible only
// after a preview of exactly what is typed, and never when the preview refused.
class FactCorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    FactCorrectionDialog(Session& session, const QString& caseId, QWidget* parent = nullptr);

    // Only the keys that differ from the recorded facts (a nested `subject`), as cli.md's
    // `case correct --data` takes them.
    QJsonObject patch() const;
    QString previewText() const;

    void reject() override;

signals:
    void recorded(const QString& caseId);

private:
    QCheckBox* fact(const QString& objectName, const QString& text, bool checked);
    QComboBox* choice(const QString& objectName, const QString& accessible,
                      const QList<QPair<QString, QString>>& items, const QString& current);
    QWidget* bodiesBox();
    void edited();
    void preview();
    QString describe(const FactsPreview& preview) const;
    void save();

    Session& m_session;
    QString m_caseId;
    CaseFacts m_current;
    QLineEdit* m_name;
    QLineEdit* m_gender;
    QLineEdit* m_ethnicity;
    QLineEdit* m_unit;
    QLineEdit* m_position;
    DateField* m_birth;
    DateField* m_joined;
    QComboBox* m_filingBody;
    QComboBox* m_route;
    QComboBox* m_filedWith;
    QCheckBox* m_managed;
    QCheckBox* m_appointed;
    QCheckBox* m_leadership;
    QCheckBox* m_keyTarget;
    QCheckBox* m_principal;
    QCheckBox* m_orgLocal;
    QCheckBox* m_localMember;
    QCheckBox* m_major;
    QMap<QString, QComboBox*> m_bodies; // body id -> its organ (empty data: none named)
    QPlainTextEdit* m_reason;
    QPushButton* m_preview;
    QLabel* m_result;
    QPushButton* m_save;
    QJsonObject m_previewed;      // the patch the last preview replayed
    QString m_previewDescription; // what the last preview found
    bool m_previewOk = false;     // that preview found nothing that would break
    std::optional<UnsavedChanges> m_unsaved;
};

} // namespace casetrack
