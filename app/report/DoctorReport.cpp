#include "DoctorReport.h"

#include "ReportDocument.h"
#include "ReportOverview.h"
#include "ReportPagination.h"
#include "TrendFigure.h"
#include "core/Language.h"
#include "core/diary/DiaryStore.h"
#include "core/report/ReportLanguage.h"
#include "core/report/ReportSummary.h"
#include "core/report/ReportText.h"
#include "core/safety/DiaryFindings.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <limits>
#include <utility>

namespace stilla {

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0x99, 0x99, 0x99);
constexpr qreal kBodyPointSize = 9.5;
/// The trend figure is made no shorter than this share of its height to keep it on the first
/// page (fitFigureOnFirstPage): its three panels stay readable.
constexpr qreal kShortestFigure = 0.7;

/// The report's font: a plain sans serif that is on most systems, at @p pointSize.
QFont reportFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Liberation Sans"), QStringLiteral("Arial"), QStringLiteral("Helvetica")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

/// The texts of the page header and footer, taken in the report's language.
struct PageTexts
{
    QString title;
    QString created;
    QString note;
    QString person; ///< the name and birth year given for the report; empty: none given
};

/// In the footer's middle, between @p leftEnd and @p rightStart: whose report it is, so that a
/// page that comes loose from the others still says so; with no name given (Stilla keeps
/// none), lines to write the name and birth year on.
void paintPerson(QPainter& painter, const QPaintDevice& device, const QRectF& footer,
    const PageTexts& texts, qreal leftEnd, qreal rightStart)
{
    const qreal pt = device.logicalDpiY() / 72.0;
    const QFontMetricsF metrics(painter.font(), &device);
    const qreal space = 12 * pt;
    const qreal left = leftEnd + space;
    const qreal room = rightStart - space - left;
    if (!texts.person.isEmpty()) {
        painter.drawText(QRectF(left, footer.top(), room, footer.height()),
            Qt::AlignHCenter | Qt::AlignVCenter,
            metrics.elidedText(texts.person, Qt::ElideRight, room));
        return;
    }
    const QString name = DoctorReport::tr("Name");
    const QString born = DoctorReport::tr("Born");
    const qreal gap = 3 * pt;
    const qreal labels = metrics.horizontalAdvance(name) + metrics.horizontalAdvance(born);
    // The name's line three times as long as the year's, as long as the room allows.
    const qreal lines = std::min(room - labels - 2 * gap - space, 160 * pt);
    if (lines < 40 * pt)
        return;
    const qreal width = labels + 2 * gap + space + lines;
    qreal x = left + (room - width) / 2;
    const qreal baseline = footer.center().y() + (metrics.ascent() - metrics.descent()) / 2;
    const auto label = [&](const QString& text) {
        painter.drawText(QPointF(x, baseline), text);
        x += metrics.horizontalAdvance(text) + gap;
    };
    const auto writeOn = [&](qreal length) {
        painter.drawLine(QPointF(x, baseline + pt), QPointF(x + length, baseline + pt));
        x += length + space;
    };
    label(name);
    writeOn(lines * 0.75);
    label(born);
    writeOn(lines * 0.25);
}

/// The header or the footer of page @p index of @p count, in @p area. Drawn one before and
/// one after the body, so that text extracted from the PDF reads in page order.
enum class PagePart { Header, Footer };
void paintPagePart(QPainter& painter, const QPaintDevice& device, const QRectF& area,
    const PageTexts& texts, PagePart part, int index, int count)
{
    const qreal pt = device.logicalDpiY() / 72.0;
    QFont bold = reportFont(9);
    bold.setWeight(QFont::DemiBold);
    const QFont small = reportFont(8);
    const qreal line = QFontMetricsF(bold, &device).height();

    painter.save();
    if (part == PagePart::Header) {
        painter.setPen(kText);
        painter.setFont(bold);
        const QRectF header(area.left(), area.top(), area.width(), line);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, texts.title);
        painter.setFont(small);
        painter.setPen(kMuted);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, texts.created);
        painter.setPen(QPen(kRule, 0.5 * pt));
        painter.drawLine(QPointF(area.left(), header.bottom() + 3 * pt),
            QPointF(area.right(), header.bottom() + 3 * pt));
    } else {
        painter.setFont(small);
        const QRectF footer(area.left(), area.bottom() - line, area.width(), line);
        painter.setPen(QPen(kRule, 0.5 * pt));
        painter.drawLine(QPointF(area.left(), footer.top() - 3 * pt),
            QPointF(area.right(), footer.top() - 3 * pt));
        painter.setPen(kMuted);
        const QString page = DoctorReport::tr("Page %1 of %2").arg(index + 1).arg(count);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, texts.note);
        const QFontMetricsF metrics(small, &device);
        paintPerson(painter, device, footer, texts,
            footer.left() + metrics.horizontalAdvance(texts.note),
            footer.right() - metrics.horizontalAdvance(page));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, page);
    }
    painter.restore();
}

/// The report's body, laid out for one device.
struct Layout
{
    QRectF area; ///< the printable area, in painter coordinates
    QRectF body; ///< the part of it between header and footer
};

Layout layoutFor(const QPagedPaintDevice& device)
{
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal pt = device.logicalDpiY() / 72.0;
    QFont bold = reportFont(9);
    bold.setWeight(QFont::DemiBold);
    const qreal line = QFontMetricsF(bold, &device).height();
    Layout layout;
    layout.area = QRectF(0, 0, paint.width(), paint.height());
    const qreal header = line + 14 * pt;
    const qreal footer = line + 14 * pt;
    layout.body = QRectF(0, header, paint.width(), paint.height() - header - footer);
    return layout;
}

Status writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error {DoctorReport::tr("Could not save the report to %1: %2. Check that the "
                                       "folder exists and that you may write to it.")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

PageTexts pageTexts(const DoctorReport::Options& options, const ReportText& text)
{
    return {DoctorReport::headerTitle(text.locale(), options.from, options.to),
        DoctorReport::tr("Created %1").arg(text.longDate(options.created)),
        DoctorReport::tr("Stilla informs; it does not diagnose."),
        ReportOverview::person({options.name, options.birthYear, options.created})};
}

} // namespace

QPageSize DoctorReport::defaultPageSize(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

Status DoctorReport::check(const Options& options)
{
    if (!options.from.isValid() || !options.to.isValid())
        return Error {tr("The report needs a first and a last day.")};
    if (options.from > options.to)
        return Error {tr("The first day of the report is after the last day; swap them.")};
    if (!Language::isSupported(options.language))
        return Error {tr("The report can be made in Swedish (sv) or English (en), not in "
                         "\"%1\".")
                          .arg(options.language)};
    if (!options.created.isValid())
        return Error {tr("The report needs the date it is created on.")};
    if (!options.pageSize.isValid())
        return Error {tr("The report needs a paper size, A4 or Letter.")};
    if (options.birthYear
        && (*options.birthYear < kEarliestBirthYear || *options.birthYear > options.created.year()))
        return Error {
            tr("The birth year %1 is not a year from %2 to %3.")
                .arg(QString::number(*options.birthYear), QString::number(kEarliestBirthYear),
                    QString::number(options.created.year()))};
    return {};
}

DoctorReport::DoctorReport(std::vector<DayEntry> days, Profile profile, Options options,
    std::vector<LabResult> labs, std::optional<Experiment> experiment)
    : m_days(std::move(days))
    , m_experiment(std::move(experiment))
    , m_labs(std::move(labs))
    , m_profile(std::move(profile))
    , m_options(std::move(options))
{ }

Result<DoctorReport> DoctorReport::load(
    const DiaryStore& store, const Profile& profile, const Options& options)
{
    if (Status checked = check(options); !checked)
        return Error {checked.errorMessage()};
    Result<std::vector<DayEntry>> days = store.days(options.from, options.to);
    if (!days)
        return Error {days.errorMessage()};
    Result<std::vector<LabResult>> labs = store.labs().results(QDate(), options.to);
    if (!labs)
        return Error {labs.errorMessage()};
    // The latest self-experiment that began by the period's end and was still running at its
    // start, with its result counted up to the period's end.
    std::optional<Experiment> experiment;
    Result<std::vector<ExperimentPlan>> plans = store.experiments().all();
    if (!plans)
        return Error {plans.errorMessage()};
    for (const ExperimentPlan& plan : *plans) {
        const QDate last = plan.lastDay();
        if (plan.start > options.to || last < options.from)
            continue;
        const Result<ExperimentResult> result
            = ExperimentResult::read(store, plan, std::min(options.to, last));
        if (!result)
            return Error {result.errorMessage()};
        experiment = Experiment {plan, result.value()};
    }
    return DoctorReport(
        std::move(days).value(), profile, options, std::move(labs).value(), std::move(experiment));
}

ReportSummary DoctorReport::summary() const
{
    const std::optional<IntakeTarget> target = m_options.intakeTarget
        ? IntakeTargets::resolve(
            m_profile, *m_options.intakeTarget, LabRules::kidneyDisease(m_labs, m_options.to))
        : std::nullopt;
    ReportSummary summary
        = ReportSummary::compute(m_days, m_profile, m_options.from, m_options.to, m_labs, target);
    if (m_experiment) {
        summary.experiment = m_experiment->plan;
        summary.experimentResult = m_experiment->result;
    }
    return summary;
}

ReportDocument::Cover DoctorReport::cover() const
{
    return {m_options.name, m_options.birthYear, m_options.created};
}

QString DoctorReport::headerTitle(const QLocale& locale, const QDate& from, const QDate& to)
{
    return tr("Stilla — report for %1").arg(ReportText(locale).period(from, to));
}

void DoctorReport::preparePage(QPagedPaintDevice& device) const
{
    device.setPageSize(m_options.pageSize);
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> DoctorReport::layOut(QPagedPaintDevice& device) const
{
    const ReportLanguage language(m_options.language);
    return layOut(device, ReportText(language.locale()));
}

std::unique_ptr<QTextDocument> DoctorReport::layOut(
    QPagedPaintDevice& device, const ReportText& text) const
{
    const ReportSummary summary = this->summary();
    const Layout layout = layoutFor(device);

    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&device);
    // The figure lives as long as the document that draws it.
    auto* figure = new TrendFigure(summary.series,
        DiaryFindings::worstByDay(summary.findingsByDay, Severity::Caution), text.locale(),
        document.get());
    QFont titleFont = reportFont(kBodyPointSize * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    figure->setTitle(tr("Trend over the period"), titleFont);
    figure->setReferenceLines(
        summary.target ? std::optional<double>(summary.target->mg) : std::nullopt,
        summary.supplementLimitMg);
    if (summary.experiment)
        figure->setPhases(ExperimentSchedule::phaseSpans({*summary.experiment}, m_options.from,
            std::min(m_options.to, summary.experiment->lastDay())));
    std::vector<QDate> tests;
    for (const LabResult& lab : summary.labs) {
        if (lab.date >= m_options.from)
            tests.push_back(lab.date);
    }
    figure->setBloodTests(std::move(tests));
    figure->registerWith(*document);
    ReportDocument::build(*document, summary, m_profile, text,
        {reportFont(kBodyPointSize), layout.body.width()}, cover());
    document->setPageSize(layout.body.size());
    // At least an inch below a heading, and no row split over two pages.
    ReportPagination::keepHeadingsWithText(*document, layout.body.height(), device.logicalDpiY());
    ReportPagination::keepRowsTogether(
        *document, layout.body.height(), device.logicalDpiY() / 96.0);
    ReportPagination::fitFigureOnFirstPage(*document, layout.body.height(), kShortestFigure);
    // After these changes Qt 6.4 laid the document out again only in part, and painted the
    // pages without the paragraph after the last table (the note under the table of days was in
    // the layout and on no page; EveryWordOfTheReportIsPaintedOnItsPages): the whole document
    // is laid out once more, as it now is.
    document->markContentsDirty(0, document->characterCount());
    return document;
}

int DoctorReport::render(QPagedPaintDevice& device) const
{
    const ReportLanguage language(m_options.language);
    const ReportText text(language.locale());
    const std::unique_ptr<QTextDocument> laidOut = layOut(device, text);
    QTextDocument& document = *laidOut;
    const Layout layout = layoutFor(device);
    const PageTexts texts = pageTexts(m_options, text);
    const int pages = std::max(1, document.pageCount());
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        paintPagePart(painter, device, layout.area, texts, PagePart::Header, index, pages);
        painter.save();
        const qreal offset = index * layout.body.height();
        painter.translate(layout.body.left(), layout.body.top() - offset);
        context.clip = QRectF(0, offset, layout.body.width(), layout.body.height());
        painter.setClipRect(context.clip);
        ReportPagination::drawPage(painter, document, context, index, layout.body.height());
        painter.restore();
        paintPagePart(painter, device, layout.area, texts, PagePart::Footer, index, pages);
    }
    painter.end();
    return pages;
}

QString DoctorReport::plainText() const
{
    const ReportLanguage language(m_options.language);
    const ReportText text(language.locale());
    const ReportSummary summary = this->summary();
    QTextDocument document;
    ReportDocument::build(
        document, summary, m_profile, text, {reportFont(kBodyPointSize), 600}, cover());
    const PageTexts texts = pageTexts(m_options, text);
    // As QTextDocument::toPlainText(), but keeping the no-break spaces that hold a number and
    // its unit together.
    QString body = document.toRawText();
    body.remove(QChar(0xfdd0)).remove(QChar(0xfdd1));
    body.replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
        .replace(QChar::LineSeparator, QLatin1Char('\n'));
    return texts.title + QLatin1Char('\n') + texts.created + QLatin1Char('\n') + body
        + QLatin1Char('\n') + texts.note + QLatin1Char('\n');
}

QByteArray DoctorReport::xmpMetadata(
    const QString& title, const QString& language, const QDate& created)
{
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped().toUtf8(); };
    const QByteArray date = created.toString(Qt::ISODate).toLatin1();
    // The XMP packet as ISO 16684-1 describes it: Dublin Core for the title, author and
    // language, the XMP basic schema for the dates, Adobe's PDF schema for the producer.
    return QByteArrayLiteral("<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                             "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                             "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                             "<rdf:Description rdf:about=''"
                             " xmlns:dc='http://purl.org/dc/elements/1.1/'"
                             " xmlns:xmp='http://ns.adobe.com/xap/1.0/'"
                             " xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
                             "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>")
        + escaped(title)
        + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title>\n"
                            "<dc:creator><rdf:Seq><rdf:li>Stilla</rdf:li></rdf:Seq></dc:creator>\n"
                            "<dc:language><rdf:Bag><rdf:li>")
        + escaped(language)
        + QByteArrayLiteral("</rdf:li></rdf:Bag></dc:language>\n"
                            "<dc:format>application/pdf</dc:format>\n"
                            "<xmp:CreatorTool>Stilla</xmp:CreatorTool>\n<xmp:CreateDate>")
        + date + QByteArrayLiteral("</xmp:CreateDate>\n<xmp:MetadataDate>") + date
        + QByteArrayLiteral("</xmp:MetadataDate>\n"
                            "<pdf:Producer>Stilla with Qt " QT_VERSION_STR "</pdf:Producer>\n"
                            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
                            "<?xpacket end='w'?>");
}

Status DoctorReport::writePdf(const QString& path) const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Stilla"));
        {
            const ReportLanguage language(m_options.language);
            const QString title = headerTitle(language.locale(), m_options.from, m_options.to);
            writer.setTitle(title);
            // Qt's info dictionary has no author or language: the XMP metadata stream, which
            // PDF readers and screen readers read, carries them with the title and the date.
            writer.setDocumentXmpMetadata(xmpMetadata(
                title, language.locale().name().replace(u'_', u'-'), m_options.created));
        }
        preparePage(writer);
        render(writer);
    }
    buffer.close();
    return writeAtomically(path, pdf);
}

Status DoctorReport::writePdf(
    const DiaryStore& store, const Profile& profile, const Options& options, const QString& path)
{
    Result<DoctorReport> report = load(store, profile, options);
    if (!report)
        return Error {report.errorMessage()};
    return report->writePdf(path);
}

} // namespace stilla
