#include "calendar/DayEditDialog.h"

#include "common/GrowToFit.h"

#include "common/DisplayDate.h"
#include "util/DateText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace casetrack {

DayEditDialog::DayEditDialog(const QDate& date, const CalendarDay* current, QWidget* parent)
    : QDialog(parent), m_date(date)
{
    setObjectName(QStringLiteral("dayEditDialog"));
    setWindowTitle(tr("修改 %1").arg(displayDate(date)));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("dayKind"));
    m_kind->setAccessibleName(tr("这一天的安排"));
    m_kind->addItem(tr("普通日（按星期计算）"), Ordinary);
    m_kind->addItem(tr("法定节假日（放假）"), Holiday);
    m_kind->addItem(tr("调休上班"), AdjustedWorkingDay);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("dayName"));
    m_name->setAccessibleName(tr("节日名称"));
    m_name->setPlaceholderText(tr("如：国庆节"));
    if (current) {
        m_kind->setCurrentIndex(current->offDay ? Holiday : AdjustedWorkingDay);
        m_name->setText(current->name);
    }
    auto* form = new QFormLayout(this);
    form->addRow(tr("安排："), m_kind);
    form->addRow(tr("名称："), m_name);
    auto* note = new QLabel(tr("请以国务院办公厅当年的放假通知为准。修改会记入审计，并影响所有期限的计算。"));
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(tr("确定"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("dayOk"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto sync = [this] { m_name->setEnabled(kind() != Ordinary); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, sync);
    sync();
    growToFit(this); // its explanation wraps onto more lines than the layout reserves
}

DayEditDialog::Kind DayEditDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

CalendarDay DayEditDialog::day() const
{
    return CalendarDay{m_date, m_name->text().trimmed(), kind() == Holiday};
}

} // namespace casetrack
