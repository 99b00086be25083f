#include "DocumentScreenshots.h"

#include "case/CaseView.h"
#include "cases/CaseIndex.h"
#include "deadlines/DeadlinesPage.h"
#include "documents/ExportDialog.h"
#include "documents/PrintDocumentDialog.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

namespace casetrack {

int saveDocumentScreenshots(MainWindow& window, const std::function<bool(QWidget*, const char*)>& save)
{
    int failures = 0;
    // A case waiting for the Party group's decision: the picture shows the documents it has
    // reached, the refusals (with their article) of those it has not, and the required purpose
    // and recipient.
    QString waiting;
    for (const CaseSummary& c : window.caseIndex()->cases())
        if (c.name == QStringLiteral("刘洋"))
            waiting = c.id;
    window.openCase(waiting);
    window.caseView()->findChild<QPushButton*>(QStringLiteral("printDocumentButton"))->click();
    if (auto* print =
            window.caseView()->findChild<PrintDocumentDialog*>(QStringLiteral("printDocumentDialog"))) {
        print->findChild<QLineEdit*>(QStringLiteral("printPurpose"))->setText(QStringLiteral("报送备案"));
        print->findChild<QLineEdit*>(QStringLiteral("printRecipient"))
            ->setText(QStringLiteral("中央组织部干部监督局"));
        failures += !save(print, "print-dialog");
        print->reject();
    } else {
        ++failures;
    }

    window.showPage(MainWindow::Deadlines);
    window.deadlinesPage()->findChild<QPushButton*>(QStringLiteral("exportDeadlinesButton"))->click();
    if (auto* exporting = window.deadlinesPage()->findChild<ExportDialog*>(QStringLiteral("exportDialog"))) {
        auto* format = exporting->findChild<QComboBox*>(QStringLiteral("exportFormat"));
        format->setCurrentIndex(format->findData(QStringLiteral("ics")));
        exporting->findChild<QLineEdit*>(QStringLiteral("exportPurpose"))
            ->setText(QStringLiteral("期限督办"));
        exporting->findChild<QLineEdit*>(QStringLiteral("exportRecipient"))
            ->setText(QStringLiteral("派驻机构综合室"));
        failures += !save(exporting, "export-dialog");
        exporting->reject();
    } else {
        ++failures;
    }
    return failures;
}

} // namespace casetrack
