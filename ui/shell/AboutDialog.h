#pragma once

#include <QDialog>

namespace casetrack {

// Help → 关于 CaseTrack: the version, the licence (GPL-3.0-or-later, its full text), the Qt the
// program was built with and runs on, and the third-party notices (resources/, compiled in).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The texts compiled into the program: LICENSE and THIRD-PARTY-NOTICES.txt.
    static QString licenceText();
    static QString noticesText();
};

} // namespace casetrack
