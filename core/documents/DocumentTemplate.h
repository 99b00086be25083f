#pragma once

#include "documents/Document.h"
#include "documents/DocumentKind.h"
#include "documents/DocumentSettings.h"
#include "util/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace casetrack {

// The values a template's placeholders take: {{key}} for text, and named lists that the
// @paragraphs and @rows directives expand (facts, timeline, deadlines, ...).
struct TemplateValues
{
    QHash<QString, QString> text;
    QHash<QString, QList<QStringList>> lists;
};

// The template of a kind: "<templateDirectory>/<id>.tpl" when that file exists, else the built-in
// resource ":/templates/<id>.tpl". Unavailable when the user's file cannot be read.
Result<QString> loadTemplate(DocumentKind kind, const DocumentSettings& settings);

// Turns a template into a document. The format is one directive per line (docs/documents.md):
//   @masthead, @number, @title (one per line of the title), @to (主送), @h1, @h2, @p (or a line
//   without a directive), @plain, @blank, @paragraphs LIST, @table W1,W2,… [header=N] followed by
//   "| a | b |" rows and @rows LIST, then @end; @signature, @date, @cc, @issuer, @printed;
//   "#" starts a comment line.
// A text directive whose text is empty once the placeholders are filled is dropped, so optional
// parts vanish. An unknown placeholder or directive is an Invalid error naming it and its line,
// so a mistake in a user's template is found at once rather than printed.
Result<Document> instantiateTemplate(const QString& source, const TemplateValues& values);

} // namespace casetrack
