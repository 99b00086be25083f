#include "shell/KeptDialogs.h"

#include "common/Reopenable.h"
#include "crypto/SecureBytes.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace casetrack {

namespace {

// A widget's place in its dialog that survives rebuilding the dialog: object names where there
// are, else the class and its index among the siblings of that class.
QString pathOf(const QWidget* w, const QDialog* dialog)
{
    QStringList parts;
    for (const QObject* o = w; o && o != dialog; o = o->parent()) {
        if (!o->objectName().isEmpty()) {
            parts.prepend(o->objectName());
            continue;
        }
        int index = 0;
        if (const QObject* parent = o->parent())
            for (const QObject* sibling : parent->children()) {
                if (sibling == o)
                    break;
                if (sibling->metaObject() == o->metaObject() && sibling->objectName().isEmpty())
                    ++index;
            }
        parts.prepend(QStringLiteral("%1#%2").arg(QLatin1String(o->metaObject()->className())).arg(index));
    }
    return parts.join(QLatin1Char('/'));
}

bool ownedByCompound(const QWidget* w)
{
    // A spin box's or combo box's own line is covered by its owner.
    return qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) ||
           qobject_cast<const QComboBox*>(w->parentWidget());
}

// The value of an input the user can change, or undefined.
QJsonValue valueOf(const QWidget* w)
{
    if (auto* line = qobject_cast<const QLineEdit*>(w)) {
        if (line->isReadOnly() || ownedByCompound(line) || line->echoMode() != QLineEdit::Normal)
            return {};
        return line->text();
    }
    if (auto* text = qobject_cast<const QPlainTextEdit*>(w))
        return text->isReadOnly() ? QJsonValue() : QJsonValue(text->toPlainText());
    if (auto* rich = qobject_cast<const QTextEdit*>(w))
        return rich->isReadOnly() ? QJsonValue() : QJsonValue(rich->toPlainText());
    if (auto* spin = qobject_cast<const QSpinBox*>(w))
        return spin->value();
    if (auto* real = qobject_cast<const QDoubleSpinBox*>(w))
        return real->value();
    if (auto* date = qobject_cast<const QDateTimeEdit*>(w))
        return date->dateTime().toString(Qt::ISODate);
    if (auto* combo = qobject_cast<const QComboBox*>(w))
        return combo->isEditable() ? QJsonValue(combo->currentText()) : QJsonValue(combo->currentIndex());
    if (auto* button = qobject_cast<const QAbstractButton*>(w))
        return button->isCheckable() ? QJsonValue(button->isChecked()) : QJsonValue();
    return {};
}

void setValue(QWidget* w, const QJsonValue& v)
{
    if (auto* line = qobject_cast<QLineEdit*>(w))
        line->setText(v.toString());
    else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        text->setPlainText(v.toString());
    else if (auto* rich = qobject_cast<QTextEdit*>(w))
        rich->setPlainText(v.toString());
    else if (auto* spin = qobject_cast<QSpinBox*>(w))
        spin->setValue(v.toInt());
    else if (auto* real = qobject_cast<QDoubleSpinBox*>(w))
        real->setValue(v.toDouble());
    else if (auto* date = qobject_cast<QDateTimeEdit*>(w))
        date->setDateTime(QDateTime::fromString(v.toString(), Qt::ISODate));
    else if (auto* combo = qobject_cast<QComboBox*>(w))
        v.isString() ? combo->setCurrentText(v.toString()) : combo->setCurrentIndex(v.toInt());
    else if (auto* button = qobject_cast<QAbstractButton*>(w))
        button->setChecked(v.toBool());
}

// Empties a text input (choices are no secret and are left as they are).
void clearText(QWidget* w)
{
    if (auto* line = qobject_cast<QLineEdit*>(w))
        line->clear();
    else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        text->clear();
    else if (auto* rich = qobject_cast<QTextEdit*>(w))
        rich->clear();
}

// The inputs of `dialog` by path. Choices (combo boxes, check boxes, radio buttons) come first
// when restored: they may show or build the text fields that follow.
QJsonObject inputsOf(QDialog* dialog)
{
    QJsonObject inputs;
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        const QJsonValue v = valueOf(w);
        if (!v.isUndefined())
            inputs.insert(pathOf(w, dialog), v);
    }
    return inputs;
}

void refill(QDialog* dialog, const QJsonObject& inputs)
{
    // Two rounds: choices first (a route choice builds fields), then everything, twice, so that
    // fields built by the first round get their text too.
    for (int round = 0; round < 2; ++round) {
        for (QWidget* w : dialog->findChildren<QWidget*>()) {
            const QString path = pathOf(w, dialog);
            if (!inputs.contains(path) || valueOf(w).isUndefined())
                continue;
            const bool choice = qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w);
            if (round == 0 && !choice)
                continue;
            setValue(w, inputs.value(path));
        }
        QCoreApplication::processEvents();
    }
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        const QString path = pathOf(w, dialog);
        if (inputs.contains(path) && !valueOf(w).isUndefined() && valueOf(w) != inputs.value(path))
            setValue(w, inputs.value(path));
    }
}

} // namespace

int KeptDialogs::keep(QWidget* window, const QString& user)
{
    discard();
    QJsonArray kept;
    for (QDialog* dialog : window->findChildren<QDialog*>()) {
        const QJsonObject how = reopenRecipe(dialog);
        if (!dialog->isVisible() || how.isEmpty())
            continue;
        kept.append(QJsonObject{{QStringLiteral("how"), how}, {QStringLiteral("inputs"), inputsOf(dialog)}});
        for (QWidget* w : dialog->findChildren<QWidget*>())
            clearText(w);
        dialog->hide();
    }
    if (kept.isEmpty())
        return 0;
    QByteArray plaintext = QJsonDocument(kept).toJson(QJsonDocument::Compact);
    m_sealed = SealedMemory::seal(plaintext); // wipes plaintext
    m_user = user;
    return int(kept.size());
}

int KeptDialogs::restore(const std::function<QDialog*(const QJsonObject& how)>& reopen)
{
    std::optional<QByteArray> plaintext = m_sealed.open();
    discard();
    if (!plaintext)
        return 0;
    const QJsonArray kept = QJsonDocument::fromJson(*plaintext).array();
    wipe(*plaintext);
    int restored = 0;
    for (const QJsonValue& entry : kept) {
        QDialog* dialog = reopen(entry[QStringLiteral("how")].toObject());
        if (!dialog)
            continue;
        refill(dialog, entry[QStringLiteral("inputs")].toObject());
        ++restored;
    }
    return restored;
}

void KeptDialogs::discard()
{
    m_sealed.clear();
    m_user.clear();
}

} // namespace casetrack
