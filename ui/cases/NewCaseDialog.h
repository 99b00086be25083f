#pragma once

#include "common/UnsavedChanges.h"
#include "procedure/CaseFacts.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class DateField;
class Session;

// A new case: the case facts of the spec, each explained in plain words, and - before saving -
// the track those facts lead to (asked of the engine, not guessed here). Optionally records the
// filing (立案) at once with its date and number.
class NewCaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCaseDialog(Session& session, QWidget* parent = nullptr);

    CaseFacts facts() const;
    QString trackText() const;
    QString errorText() const;

    // Escape, the close button, Alt+F4 and 取消 ask before typed input is discarded.
    void reject() override;

signals:
    void caseCreated(const QString& caseId);

private:
    QCheckBox* fact(const QString& objectName, const QString& text, const QString& explain);
    QWidget* bodiesBox();
    void update();
    void save();

    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_gender;
    QLineEdit* m_ethnicity;
    QLineEdit* m_unit;
    QLineEdit* m_position;
    DateField* m_birth;
    DateField* m_joined;
    QComboBox* m_filingBody;
    QCheckBox* m_managed;
    QComboBox* m_route;
    QCheckBox* m_appointed;
    QCheckBox* m_leadership;
    QCheckBox* m_keyTarget;
    QCheckBox* m_principal;
    QComboBox* m_filedWith;
    QCheckBox* m_orgLocal;
    QCheckBox* m_localMember;
    QCheckBox* m_major;
    QCheckBox* m_fileNow;
    DateField* m_filedOn;
    QLineEdit* m_number;
    QMap<QString, QComboBox*> m_bodies; // body id -> its organ choice (empty data: the default)
    QLabel* m_implied;
    QLabel* m_track;
    QLabel* m_error;
    QPushButton* m_save;
    std::optional<UnsavedChanges> m_unsaved;
};

} // namespace casetrack
