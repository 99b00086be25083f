#include "case/CaseView.h"
#include "common/ColumnFitter.h"
#include "common/ElidedToolTips.h"
#include "common/WrappingPanel.h"

#include "case/CaseDeadlinesModel.h"
#include "case/CorrectionDialog.h"
#include "case/FactCorrectionDialog.h"
#include "case/MaterialsPanel.h"
#include "case/ProcedureStepper.h"
#include "case/StepDialog.h"
#include "case/TimelineModel.h"
#include "common/ArticleText.h"
#include "common/DisplayDate.h"
#include "common/DisplayText.h"
#include "common/ErrorText.h"
#include "common/Reopenable.h"
#include "documents/DocumentActions.h"
#include "procedure/ProcedureEngine.h"
#include "procedure/StepTable.h"
#include "services/Session.h"
#include "util/DateText.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace casetrack {

namespace {
QTableView* makeTable(const QString& objectName, const QString& accessible)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessible);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}
} // namespace

CaseView::CaseView(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseView"));
    auto* back = new QPushButton(tr("← 返回案件列表"));
    back->setObjectName(QStringLiteral("backToList"));
    auto* correct = new QPushButton(tr("更正记录…"));
    correct->setObjectName(QStringLiteral("correctEvent"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Issue 10 (desktop): the case state's warnings, and the 更正案件信息 dialog.
    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("caseWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8d6e63"));
    auto* correctFacts = new QPushButton(tr("更正案件信息…"));
    correctFacts->setObjectName(QStringLiteral("correctFacts"));
    correctFacts->setEnabled(m_session.mayDo(Action::CorrectCaseFacts));
    if (!correctFacts->isEnabled())
        correctFacts->setToolTip(
            tr("您的角色（%1）不能更正案件信息。").arg(roleDisplayName(m_session.account().role)));
    connect(correctFacts, &QPushButton::clicked, this, &CaseView::openFactCorrectionDialog);

    m_timeline = new TimelineModel(this);
    m_timelineView = makeTable(QStringLiteral("timeline"), tr("程序时间线"));
    m_timelineView->setModel(m_timeline);
    new ColumnFitter(m_timelineView, {TimelineModel::Step, TimelineModel::Details},
                     {TimelineModel::Seq, TimelineModel::Date});
    new ElidedToolTips(m_timelineView);
    m_deadlines = new CaseDeadlinesModel(this);
    m_deadlinesView = makeTable(QStringLiteral("caseDeadlines"), tr("本案期限"));
    m_deadlinesView->setModel(m_deadlines);
    new ColumnFitter(m_deadlinesView, {CaseDeadlinesModel::Label, CaseDeadlinesModel::Explain},
                     {CaseDeadlinesModel::Due, CaseDeadlinesModel::DaysLeft});
    new ElidedToolTips(m_deadlinesView);

    m_nextBox = new WrappingPanel;
    m_nextLayout = new QVBoxLayout(m_nextBox);
    auto* nextScroll = new QScrollArea;
    nextScroll->setObjectName(QStringLiteral("nextSteps"));
    nextScroll->setWidget(m_nextBox);
    nextScroll->setWidgetResizable(true);
    // Step names are long (up to ~18 characters): the panel is wide enough for them and wraps
    // the explanations below instead of scrolling sideways.
    nextScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    nextScroll->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("党")) * 20);

    auto* timelineGroup = new QGroupBox(tr("程序时间线"));
    (new QVBoxLayout(timelineGroup))->addWidget(m_timelineView);
    auto* nextGroup = new QGroupBox(tr("下一步"));
    (new QVBoxLayout(nextGroup))->addWidget(nextScroll);

    // The deadlines and the case materials (issue 12) share one place under the timeline, as
    // tabs: with the stepper above, three stacked panes left each only a row or two at 1024×768.
    // The deadlines come first (what is due matters most); the materials tab says how many there
    // are, and a file dropped anywhere on the view attaches and brings that tab forward.
    m_materials = new MaterialsPanel(m_session);
    m_materials->acceptDropsOn(this);
    m_details = new QTabWidget;
    m_details->setObjectName(QStringLiteral("caseDetailTabs"));
    m_details->setDocumentMode(true);
    m_details->addTab(m_deadlinesView, tr("期限"));
    m_details->addTab(m_materials, QString());
    connect(m_materials, &MaterialsPanel::materialsChanged, this, [this] {
        updateMaterialsTab();
        m_details->setCurrentWidget(m_materials);
    });

    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(timelineGroup);
    left->addWidget(m_details);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(nextGroup);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({3000, 1000}); // proportions: the timeline gets most of the width

    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_title, 1);
    top->addWidget(correct);
    top->addWidget(correctFacts);
    addCaseDocumentButtons(m_session, this, top);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_warnings);
    // Where the case stands on its track, before the timeline says how it got there.
    // As many rows of steps as the height affords (fitStepper); more scroll (the step in focus,
    // first the first one not done, is scrolled into view), so the timeline keeps its room.
    m_stepper = new ProcedureStepper;
    auto* stepperScroll = m_stepperScroll = new QScrollArea;
    stepperScroll->setObjectName(QStringLiteral("stepperScroll"));
    stepperScroll->setWidget(m_stepper);
    stepperScroll->setWidgetResizable(true);
    stepperScroll->setFrameShape(QFrame::NoFrame);
    stepperScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stepperScroll->setFocusPolicy(Qt::NoFocus);
    connect(m_stepper, &ProcedureStepper::heightChanged, this, &CaseView::fitStepper);
    auto* stepperGroup = new QGroupBox(tr("程序进度"));
    (new QVBoxLayout(stepperGroup))->addWidget(stepperScroll);
    layout->addWidget(stepperGroup);
    layout->addWidget(split, 1);

    connect(back, &QPushButton::clicked, this, &CaseView::backRequested);
    // Esc and Alt+Left go back as in a browser; dialogs take their own Esc first.
    back->setToolTip(tr("返回案件列表（Esc 或 Alt+←）"));
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseView::backRequested);
    }
    connect(correct, &QPushButton::clicked, this, [this] {
        openCorrectionDialog(m_timelineView->currentIndex().data(TimelineModel::SeqRole).toInt());
    });
    connect(m_timelineView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(TimelineModel::IsCorrectionRole).toBool())
            openCorrectionDialog(index.data(TimelineModel::SeqRole).toInt());
    });
}

// Whole rows of steps: one per 300 pixels of the view's height, two at 1024×768, up to four on
// a tall screen; the timeline, the deadlines and the next steps keep the rest.
void CaseView::fitStepper()
{
    const int needed = m_stepper->height();
    const int row = m_stepper->labels().isEmpty() ? fontMetrics().lineSpacing() * 3
                                                  : m_stepper->labels().first()->sizeHint().height() + 4;
    const int rows = qBound(1, height() / 300, 4);
    m_stepperScroll->setFixedHeight(qMin(needed, rows * row));
}

void CaseView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitStepper();
}

void CaseView::showCase(const QString& caseId)
{
    m_state.id = caseId;
    // Viewing a case is recorded (who, which case, when) before anything of it is shown.
    if (Error error = m_session.recordAccess(QStringLiteral("view.case"), caseId); error.isError()) {
        showError(error);
        return;
    }
    refresh();
}

void CaseView::showError(const Error& error)
{
    // Nothing partial, nothing of the previous case: only the error.
    m_timeline->setEvents({});
    m_deadlines->setDeadlines({}, QDate::currentDate());
    m_warnings->clear();
    m_stepper->setSteps({});
    m_title->setText(errorText(error));
}

void CaseView::refresh()
{
    auto record = m_session.loadCase(m_state.id);
    if (!record.ok()) {
        showError(record.error());
        return;
    }
    const HolidayCalendar calendar = m_session.calendar();
    const EngineSettings settings = m_session.engineSettings();
    if (Error failure = m_session.readFailure(); failure.isError()) {
        showError(failure);
        return;
    }
    m_state = deriveState(record.value(), calendar, settings, QDate::currentDate());
    m_timeline->setEvents(m_state.events);
    m_deadlines->setDeadlines(m_state.deadlines, m_state.asOf);
    m_stepper->setSteps(trackSteps(m_state));
    fillHeader();
    fillNextSteps();
    m_materials->showCase(m_state.id);
    updateMaterialsTab();
}

void CaseView::updateMaterialsTab()
{
    const int index = m_details->indexOf(m_materials);
    const qsizetype count = m_materials->materials().size();
    m_details->setTabText(index, count == 0 ? tr("案件材料") : tr("案件材料（%1）").arg(count));
}

QString CaseView::factsText() const
{
    const SubjectFacts& s = m_state.facts.subject;
    QStringList facts;
    if (s.appointedByPartyGroup)
        facts.append(tr("任免经党组会议决定"));
    if (s.leadershipMember)
        facts.append(tr("领导班子成员"));
    if (s.keySupervisionTarget)
        facts.append(tr("重点监督对象"));
    if (s.principalLeader)
        facts.append(tr("正职领导干部"));
    if (s.filedWith == QLatin1String("central"))
        facts.append(tr("向党中央备案"));
    else if (s.filedWith == QLatin1String("local"))
        facts.append(tr("向地方党委备案"));
    if (s.orgRelationLocal)
        facts.append(tr("组织关系在地方"));
    if (s.localCommitteeMember)
        facts.append(tr("地方党委或纪委委员"));
    if (m_state.facts.majorComplex)
        facts.append(tr("重大疑难复杂"));
    if (m_state.facts.filingBody == QLatin1String("local_commission"))
        facts.append(tr("地方纪委立案"));
    else if (m_state.facts.filingBody == QLatin1String("organ_commission"))
        facts.append(tr("机关纪委立案"));
    else
        facts.append(tr("派驻机构立案"));
    if (m_state.facts.decisionRoute == DecisionRoute::Grassroots)
        facts.append(localizeArticles(tr("由基层纪委、基层党委审批（第四条第二款）")));
    return facts.join(tr("、"));
}

void CaseView::fillHeader()
{
    const SubjectFacts& s = m_state.facts.subject;
    m_title->setText(s.position.isEmpty() ? s.name : tr("%1　%2　%3").arg(s.name, s.unit, s.position));
    QStringList lines;
    lines.append(tr("程序：<b>%1</b>　阶段：<b>%2</b>%3")
                     .arg(trackDisplayName(m_state.track).toHtmlEscaped(),
                          stageDisplayName(m_state.stage).toHtmlEscaped(),
                          m_state.closed ? tr("（已结案）") : QString()));
    lines.append(tr("情况：%1").arg(factsText().toHtmlEscaped()));
    lines += decisionLines();
    for (const SanctionPeriod& p : m_state.sanctionPeriods)
        lines.append(localizeArticles(
                         tr("%1：%2 至 %3（%4）")
                             .arg(p.label.toString(), displayDate(p.from), displayDate(p.until), p.article))
                         .toHtmlEscaped());
    m_header->setText(lines.join(QStringLiteral("<br>")));
    QStringList warnings;
    for (const CaseWarning& w : m_state.warnings)
        warnings.append(tr("注意：%1").arg(localizeArticles(w.text.toString())));
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

// The decision in force and, once an appeal changed or revoked it, how it came to be: each
// entry of the core's decision history (procedure.md revision 2, item 11).
QStringList CaseView::decisionLines() const
{
    auto sanctionText = [this](const Decision& d) {
        QString sanction = sanctionDisplayName(d.sanction);
        if (d.probationYears > 0)
            sanction = tr("%1（%2 年）").arg(sanction).arg(d.probationYears);
        return sanction;
    };
    QList<Decision> history = m_state.decisionHistory;
    if (history.isEmpty() && m_state.decision)
        history.append(*m_state.decision);
    if (history.isEmpty())
        return {};
    const Decision& inForce = history.last();
    QStringList lines;
    if (!inForce.byAppeal)
        lines.append(tr("处分决定：<b>%1</b>，%2 作出，%3 起生效")
                         .arg(sanctionText(inForce).toHtmlEscaped(), displayDate(inForce.decidedOn),
                              displayDate(inForce.effectiveOn)));
    else
        lines.append(tr("现行处分：<b>%1</b>（申诉处理决定，%2 作出）")
                         .arg(sanctionText(inForce).toHtmlEscaped(), displayDate(inForce.decidedOn)));
    if (history.size() > 1) {
        QStringList steps;
        for (const Decision& d : history)
            steps.append(d.byAppeal ? tr("%1（%2 申诉处理）").arg(sanctionText(d), displayDate(d.decidedOn))
                                    : tr("%1（%2 决定）").arg(sanctionText(d), displayDate(d.decidedOn)));
        lines.append(tr("处分沿革：%1").arg(steps.join(QStringLiteral(" → ")).toHtmlEscaped()));
    }
    return lines;
}

void CaseView::fillNextSteps()
{
    while (QLayoutItem* item = m_nextLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_state.next.isEmpty()) {
        auto* done =
            new QLabel(m_state.closed ? tr("所有必经步骤都已完成，本案已结案。") : tr("没有可记录的步骤。"));
        done->setWordWrap(true);
        m_nextLayout->addWidget(done);
    }
    const bool mayRecord = m_session.mayDo(Action::RecordStep);
    for (const NextStep& next : m_state.next) {
        const StepDefinition& def = stepDefinition(next.step);
        // The step's name wraps in a label beside a short button: names are long (in English up
        // to ~80 characters) and a push button cannot wrap its text.
        auto* button = new QPushButton(tr("记录…"));
        button->setObjectName(QStringLiteral("step_") + def.id);
        button->setAccessibleName(def.name());
        // A step this role may not record is shown, but off, with who records it instead: the
        // refusal comes before any typing, not after.
        const bool roleMay = mayRecord && mayRecordStep(m_session.account().role, next.step);
        button->setEnabled(next.allowed && roleMay);
        if (!roleMay) {
            QStringList who;
            for (Role r : def.roles)
                who.append(roleDisplayName(r));
            who.append(roleDisplayName(Role::Administrator));
            button->setToolTip(
                tr("您的角色（%1）不能记录此步骤；由%2记录。")
                    .arg(roleDisplayName(m_session.account().role), QLocale().createSeparatedList(who)));
        }
        auto* name = new QLabel(def.name());
        name->setObjectName(QStringLiteral("name_") + def.id);
        name->setWordWrap(true);
        name->setBuddy(button);
        QFont font = name->font();
        font.setBold(next.required);
        name->setFont(font);
        auto* row = new QWidget;
        auto* rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 6);
        auto* title = new QHBoxLayout;
        title->addWidget(name, 1);
        title->addWidget(button, 0, Qt::AlignTop);
        rowLayout->addLayout(title);
        QString note = next.required ? tr("必经步骤，依据%1").arg(next.article)
                                     : tr("可选步骤，依据%1").arg(next.article);
        if (!next.allowed && !next.reason.isEmpty())
            note = tr("%1。暂不能记录：%2").arg(note, next.reason.toString());
        auto* label = new QLabel(localizeArticles(note));
        label->setObjectName(QStringLiteral("reason_") + def.id);
        label->setWordWrap(true);
        label->setStyleSheet(next.allowed ? QStringLiteral("color: palette(placeholder-text)")
                                          : QStringLiteral("color: #8d6e63"));
        rowLayout->addWidget(label);
        m_nextLayout->addWidget(row);
        const QString step = def.id;
        connect(button, &QPushButton::clicked, this, [this, step] { openStepDialog(step); });
    }
    m_nextLayout->addStretch();
}

StepDialog* CaseView::openStepDialog(const QString& stepId)
{
    auto* dialog = new StepDialog(m_session, m_state.id, stepId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The idle lock keeps what is typed here (shell/KeptDialogs.h).
    markReopenable(dialog, {{QStringLiteral("kind"), QStringLiteral("step")},
                            {QStringLiteral("case"), m_state.id},
                            {QStringLiteral("step"), stepId}});
    connect(dialog, &StepDialog::recorded, this, [this](const QString& id) {
        refresh();
        emit caseChanged(id);
    });
    dialog->open();
    return dialog;
}

CorrectionDialog* CaseView::openCorrectionDialog(int seq)
{
    auto* dialog = new CorrectionDialog(m_session, m_state.id, seq, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    markReopenable(dialog, {{QStringLiteral("kind"), QStringLiteral("correction")},
                            {QStringLiteral("case"), m_state.id},
                            {QStringLiteral("seq"), seq}});
    connect(dialog, &CorrectionDialog::recorded, this, [this](const QString& id) {
        refresh();
        emit caseChanged(id);
    });
    dialog->open();
    return dialog;
}

FactCorrectionDialog* CaseView::openFactCorrectionDialog()
{
    auto* dialog = new FactCorrectionDialog(m_session, m_state.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Kept by the idle lock too; the preview is not: after unlock it is asked for again.
    markReopenable(dialog, {{QStringLiteral("kind"), QStringLiteral("fact_correction")},
                            {QStringLiteral("case"), m_state.id}});
    connect(dialog, &FactCorrectionDialog::recorded, this, [this](const QString& id) {
        refresh();
        emit caseChanged(id);
    });
    dialog->open();
    return dialog;
}

void CaseView::recordNextStep()
{
    const NextStep* pick = nullptr;
    for (const NextStep& next : m_state.next) {
        if (!next.allowed)
            continue;
        if (next.required) {
            pick = &next;
            break;
        }
        if (!pick)
            pick = &next;
    }
    if (pick)
        openStepDialog(stepDefinition(pick->step).id);
}

} // namespace casetrack
