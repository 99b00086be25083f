#pragma once

#include "common/UnsavedChanges.h"
#include "procedure/CaseRecord.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace casetrack {

class Session;
class StepFieldsEditor;

// Corrects a recorded step: amend its date and data, or retract it, with a reason. The history
// keeps both the original and the correction (events are append-only).
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectionDialog(Session& session, const QString& caseId, int preselectSeq = 0,
                     QWidget* parent = nullptr);

    QString refusalText() const;

    // Escape, the close button, Alt+F4 and 取消 ask before typed input is discarded.
    void reject() override;

signals:
    void recorded(const QString& caseId);

private:
    void targetChanged();
    Event buildEvent() const;
    void check();
    void save();

    Session& m_session;
    CaseRecord m_record;
    QComboBox* m_target;
    QRadioButton* m_amend;
    QRadioButton* m_retract;
    QVBoxLayout* m_editorBox;
    StepFieldsEditor* m_editor = nullptr;
    QPlainTextEdit* m_reason;
    QLabel* m_refusal;
    QPushButton* m_save;
    std::optional<UnsavedChanges> m_unsaved;
};

} // namespace casetrack
