#include "case/ProcedureStepper.h"

#include "common/ArticleText.h"
#include "common/DisplayDate.h"
#include "common/FlowLayout.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QToolTip>

#include <utility>

namespace casetrack {

namespace {

// A mark as well as a colour, so that the status does not rest on colour alone.
QString mark(TrackStepStatus status)
{
    switch (status) {
    case TrackStepStatus::Done:
        return QStringLiteral("✓");
    case TrackStepStatus::Current:
        return QStringLiteral("▶");
    case TrackStepStatus::Refused:
        return QStringLiteral("✕");
    case TrackStepStatus::Remaining:
        break;
    }
    return QStringLiteral("○");
}

QString colours(TrackStepStatus status)
{
    switch (status) {
    case TrackStepStatus::Done:
        return QStringLiteral("background: #e8f5e9; color: #1b5e20; border: 1px solid #66bb6a;");
    case TrackStepStatus::Current:
        return QStringLiteral(
            "background: #e3f2fd; color: #0d47a1; border: 2px solid #1565c0; font-weight: bold;");
    case TrackStepStatus::Refused:
        return QStringLiteral("background: #fff3e0; color: #b71c1c; border: 1px solid #e65100;");
    case TrackStepStatus::Remaining:
        break;
    }
    return QStringLiteral("background: transparent; color: #555555; border: 1px dashed #9e9e9e;");
}

} // namespace

ProcedureStepper::ProcedureStepper(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("procedureStepper"));
    setAccessibleName(tr("程序进度"));
    setFocusPolicy(Qt::StrongFocus);
    m_flow = new FlowLayout(this, 4);
    m_flow->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ProcedureStepper::sizeHint() const
{
    return {m_flow->minimumSize().width(), m_flow->heightForWidth(width())};
}

QSize ProcedureStepper::minimumSizeHint() const
{
    return sizeHint();
}

void ProcedureStepper::fitHeight()
{
    const int height = m_flow->heightForWidth(width());
    if (height != this->height() || height != minimumHeight()) {
        setFixedHeight(height);
        updateGeometry();
    }
    emit heightChanged(height);
}

void ProcedureStepper::showFocusedStep()
{
    if (m_labels.isEmpty())
        return;
    // Inside a scroll area (the case view's): the step in focus is scrolled into view.
    QWidget* viewport = parentWidget();
    if (auto* area = viewport ? qobject_cast<QScrollArea*>(viewport->parentWidget()) : nullptr)
        area->ensureWidgetVisible(m_labels[m_focused], 0, 4);
}

void ProcedureStepper::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

QString ProcedureStepper::stepName(const TrackStep& step)
{
    const QString name = stepDefinition(step.kind).name();
    if (step.alternative && step.status != TrackStepStatus::Done)
        return tr("%1或%2").arg(name, stepDefinition(*step.alternative).name());
    return name;
}

QString ProcedureStepper::statusText(TrackStepStatus status)
{
    switch (status) {
    case TrackStepStatus::Done:
        return tr("已完成");
    case TrackStepStatus::Current:
        return tr("当前可记录");
    case TrackStepStatus::Refused:
        return tr("暂不能记录");
    case TrackStepStatus::Remaining:
        break;
    }
    return tr("尚未进行");
}

QString ProcedureStepper::description(const TrackStep& step)
{
    QStringList lines{stepName(step)};
    const QString article = localizeArticles(step.article);
    switch (step.status) {
    case TrackStepStatus::Done:
        lines.append(step.date.isValid() ? tr("已完成：%1").arg(displayDate(step.date))
                                         : statusText(step.status));
        break;
    case TrackStepStatus::Current:
        lines.append(tr("当前可记录（“下一步”中的按钮）"));
        break;
    case TrackStepStatus::Refused:
    case TrackStepStatus::Remaining:
        lines.append(step.reason.isEmpty() ? statusText(step.status)
                                           : tr("%1：%2").arg(statusText(step.status),
                                                              localizeArticles(step.reason.toString())));
        break;
    }
    if (!article.isEmpty())
        lines.append(tr("依据：%1").arg(article));
    return lines.join(QLatin1Char('\n'));
}

void ProcedureStepper::setSteps(const QList<TrackStep>& steps)
{
    for (QLabel* label : std::as_const(m_labels))
        delete label;
    m_labels.clear();
    m_steps = steps;
    // One line for the name, elided beyond about twelve Chinese characters (English names run to
    // ~80 characters): the whole name is in the tooltip and the accessible name. A done step's
    // date goes on a second line.
    const int maxWidth = fontMetrics().horizontalAdvance(QStringLiteral("党")) * 12;
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_steps.size(); ++i) {
        const TrackStep& step = m_steps[i];
        const QFontMetrics metrics(step.status == TrackStepStatus::Current ? bold : font());
        QString text = mark(step.status) + QLatin1Char(' ') +
                       metrics.elidedText(stepName(step), Qt::ElideRight, maxWidth);
        if (step.status == TrackStepStatus::Done && step.date.isValid())
            text += QLatin1Char('\n') + displayDate(step.date);
        auto* label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("stepperStep%1").arg(i));
        label->setToolTip(description(step));
        label->setAccessibleName(
            tr("第%1步，%2：%3").arg(i + 1).arg(statusText(step.status), stepName(step)));
        label->setAccessibleDescription(description(step));
        label->setProperty("stepStatus", int(step.status));
        m_labels.append(label);
        m_flow->addWidget(label);
        // Shown now, not when the layout gets to it: the height is measured from shown steps.
        label->show();
        styleLabel(i);
    }
    // The step the user most likely wants to read first: the first one not done.
    m_focused = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].status != TrackStepStatus::Done) {
            m_focused = i;
            break;
        }
    }
    focusStep(m_focused);
    fitHeight();
    // Once laid out: where the case stands is in view.
    QMetaObject::invokeMethod(this, &ProcedureStepper::showFocusedStep, Qt::QueuedConnection);
}

void ProcedureStepper::styleLabel(int index)
{
    const bool focused = hasFocus() && index == m_focused;
    m_labels[index]->setStyleSheet(
        QStringLiteral("QLabel { %1 border-radius: 3px; padding: 2px 6px; %2 }")
            .arg(colours(m_steps[index].status),
                 focused ? QStringLiteral("border: 2px solid palette(highlight);") : QString()));
}

void ProcedureStepper::focusStep(int index)
{
    if (m_labels.isEmpty())
        return;
    const int previous = m_focused;
    m_focused = qBound(0, index, int(m_labels.size()) - 1);
    if (previous < m_labels.size())
        styleLabel(previous);
    styleLabel(m_focused);
    setAccessibleDescription(m_labels[m_focused]->accessibleName() + QLatin1Char('\n') +
                             m_labels[m_focused]->accessibleDescription());
    if (hasFocus()) {
        showFocusedStep();
        QLabel* label = m_labels[m_focused];
        QToolTip::showText(label->mapToGlobal(QPoint(0, label->height())), label->toolTip(), label);
    }
}

void ProcedureStepper::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        focusStep(m_focused - 1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        focusStep(m_focused + 1);
        return;
    case Qt::Key_Home:
        focusStep(0);
        return;
    case Qt::Key_End:
        focusStep(int(m_labels.size()) - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ProcedureStepper::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    focusStep(m_focused);
}

void ProcedureStepper::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    QToolTip::hideText();
    if (m_focused < m_labels.size())
        styleLabel(m_focused);
}

} // namespace casetrack
