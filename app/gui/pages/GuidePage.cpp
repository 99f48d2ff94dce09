#include "GuidePage.h"

#include "app/gui/AppContext.h"
#include "app/gui/PrintToFile.h"
#include "app/gui/Theme.h"
#include "app/gui/guide/ArticleView.h"
#include "app/gui/widgets/FileDialog.h"
#include "app/gui/widgets/FindBar.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/RememberedSplitter.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "core/Settings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace stilla {

GuidePage::GuidePage(AppContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_noticeLabel(new WrappingLabel(this))
    , m_findButton(new QToolButton(this))
    , m_zoomOutButton(new QToolButton(this))
    , m_zoomInButton(new QToolButton(this))
    , m_printButton(new QToolButton(this))
    , m_pdfButton(new QToolButton(this))
    , m_findBar(new FindBar(this))
    , m_splitter(new RememberedSplitter(context.settings, Settings::Key::GuideSplitter, this))
    , m_contents(new QListWidget(this))
    , m_view(new ArticleView(this))
    , m_findAction(new QAction(this))
    , m_zoomInAction(new QAction(this))
    , m_zoomOutAction(new QAction(this))
    , m_zoomResetAction(new QAction(this))
    , m_printAction(new QAction(this))
{
    setObjectName(QStringLiteral("guidePage"));
    m_noticeLabel->setObjectName(QStringLiteral("medicalNoticeLabel"));
    m_noticeLabel->setAutoFillBackground(true);
    m_noticeLabel->setBackgroundRole(QPalette::AlternateBase);
    m_noticeLabel->setMargin(spacing::m);
    m_noticeLabel->setTextFormat(Qt::PlainText);

    m_findButton->setObjectName(QStringLiteral("findButton"));
    m_zoomOutButton->setObjectName(QStringLiteral("zoomOutButton"));
    m_zoomInButton->setObjectName(QStringLiteral("zoomInButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    for (QToolButton* button :
        {m_findButton, m_zoomOutButton, m_zoomInButton, m_printButton, m_pdfButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
    }
    m_findBar->hide();

    m_contents->setObjectName(QStringLiteral("guideContentsList"));
    m_contents->setFrameShape(QFrame::NoFrame);
    m_contents->setWordWrap(true);
    m_contents->setTextElideMode(Qt::ElideNone);
    m_contents->setMinimumWidth(150);
    m_contents->setSpacing(3);
    m_contents->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_splitter->setObjectName(QStringLiteral("guideSplitter"));
    m_splitter->addWidget(m_contents);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setDefaultSizes({220, 800});

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(spacing::s);
    toolbar->addWidget(m_findButton);
    toolbar->addSpacing(spacing::m);
    toolbar->addWidget(m_zoomOutButton);
    toolbar->addWidget(m_zoomInButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_printButton);
    toolbar->addWidget(m_pdfButton);

    contentLayout()->setSpacing(spacing::s);
    contentLayout()->addWidget(m_noticeLabel);
    contentLayout()->addLayout(toolbar);
    contentLayout()->addWidget(m_findBar);
    contentLayout()->addWidget(m_splitter, 1);

    connectActions();
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("stilla"))
            emit appLinkActivated(url.path()
                + (url.hasFragment() ? QStringLiteral("#") + url.fragment() : QString()));
    });

    m_zoom = qBound(kMinZoom, m_context.settings.value(Settings::Key::GuideZoom).toInt(), kMaxZoom);
    // The article is laid out when the guide is first shown, not at start-up.
    m_pendingSection = m_context.settings.value(Settings::Key::GuideSection).toString();
    retranslate();
}

/// The page's shortcuts and buttons, the find bar and the contents list.
void GuidePage::connectActions()
{
    // Page-scoped shortcuts: active only while the guide is the visible page.
    m_findAction->setShortcut(QKeySequence::Find);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_printAction->setShortcut(QKeySequence::Print);
    for (QAction* action :
        {m_findAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction, m_printAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    addAction(m_splitter->moveAction()); // F8, for Help ▸ Keyboard Shortcuts
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_findButton, &QToolButton::clicked, m_findBar, &FindBar::activate);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setZoom(m_zoom - 1); });
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { setZoom(0); });
    connect(m_zoomInButton, &QToolButton::clicked, m_zoomInAction, &QAction::trigger);
    connect(m_zoomOutButton, &QToolButton::clicked, m_zoomOutAction, &QAction::trigger);
    connect(m_printAction, &QAction::triggered, this, &GuidePage::printArticle);
    connect(m_printButton, &QToolButton::clicked, this, &GuidePage::printArticle);
    connect(m_pdfButton, &QToolButton::clicked, this, &GuidePage::exportPdfInteractive);

    connect(m_findBar, &FindBar::queryChanged, this, &GuidePage::find);
    connect(m_findBar, &FindBar::nextRequested, this, &GuidePage::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &GuidePage::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_hits.clear();
        updateHighlights();
        m_view->setFocus();
    });
    connect(m_contents, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
        &GuidePage::syncContentsToScroll);
}

void GuidePage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    rebuild();
    if (!m_pendingSection.isEmpty())
        showSection(std::exchange(m_pendingSection, QString()));
}

void GuidePage::showEvent(QShowEvent* event)
{
    ensureBuilt();
    Page::showEvent(event);
}

GuidePage::~GuidePage() = default;

QString GuidePage::pageTitle()
{
    return tr("Guide");
}

const Article* GuidePage::article()
{
    const QString language = m_context.translators.language().isEmpty()
        ? QString::fromLatin1(Language::kEnglish)
        : m_context.translators.language();
    auto it = m_articles.find(language);
    if (it == m_articles.end()) {
        Result<Article> loaded = Article::guide(language);
        if (!loaded) {
            m_loadError = loaded.errorMessage();
            qCWarning(lcApp) << "could not load the article:" << m_loadError;
            return nullptr;
        }
        it = m_articles.emplace(language, std::move(loaded).value()).first;
    }
    m_language = language;
    return &it->second;
}

void GuidePage::retranslate()
{
    setHeader(pageTitle(), QString());
    m_splitter->moveAction()->setText(tr("Move the divider beside the contents"));
    m_noticeLabel->setText(
        tr("This guide is information, not medical advice. Talk to your doctor before you start, "
           "change or stop any treatment, including magnesium."));
    m_noticeLabel->setAccessibleName(tr("Medical notice"));
    m_noticeLabel->setAccessibleDescription(m_noticeLabel->text());
    m_findButton->setText(tr("Find…"));
    m_findButton->setToolTip(tr("Find in the guide (Ctrl+F)"));
    m_findButton->setAccessibleName(tr("Find in the guide"));
    m_zoomOutButton->setText(tr("A−"));
    m_zoomOutButton->setToolTip(tr("Smaller text (Ctrl+−)"));
    m_zoomOutButton->setAccessibleName(tr("Smaller text"));
    m_zoomInButton->setText(tr("A+"));
    m_zoomInButton->setToolTip(tr("Larger text (Ctrl++)"));
    m_zoomInButton->setAccessibleName(tr("Larger text"));
    m_printButton->setText(tr("Print…"));
    m_printButton->setToolTip(tr("Print the guide (Ctrl+P)"));
    m_printButton->setAccessibleName(tr("Print the guide"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_pdfButton->setToolTip(tr("Save the guide as a PDF file"));
    m_pdfButton->setAccessibleName(tr("Export the guide as PDF"));
    // The actions' texts name them in Help ▸ Keyboard Shortcuts.
    m_findAction->setText(tr("Find in the guide"));
    m_zoomInAction->setText(tr("Larger text"));
    m_zoomOutAction->setText(tr("Smaller text"));
    m_zoomResetAction->setText(tr("Usual text size"));
    m_printAction->setText(tr("Print the guide"));
    m_contents->setAccessibleName(tr("Contents"));
    m_view->setAccessibleName(tr("Article"));

    if (!m_built)
        return;
    // Keep the reader at the same section when the language changes.
    const QString section = m_layout.sectionCount() > 0 ? currentSectionId() : QString();
    rebuild();
    if (!section.isEmpty())
        showSection(section);
}

std::vector<ArticleDocument::AppLink> GuidePage::appLinks() const
{
    return {
        {QStringLiteral("foods"), QStringLiteral("stilla:foods"),
            tr("Find these foods and their magnesium in the food picker")},
        {QStringLiteral("alternatives"), QStringLiteral("stilla:diary#habits"),
            tr("Keep track of these habits in your diary")},
    };
}

ArticleDocument::Style GuidePage::readingStyle() const
{
    QFont font = this->font();
    font.setPointSizeF(qMax(Theme::kMinimumPointSize, font.pointSizeF() + 1.5) + m_zoom);
    const QPalette palette = this->palette();
    return {font, palette.color(QPalette::Text), palette.color(QPalette::PlaceholderText),
        palette.color(QPalette::Link), QString(), fromStillaNote(), noteLabel(),
        palette.color(QPalette::AlternateBase)};
}

QString GuidePage::fromStillaNote()
{
    return tr("Added by Stilla: this section is not part of the article. The Stilla team wrote "
              "it from the sources named at its end.");
}

QString GuidePage::noteLabel()
{
    return tr("Stilla's note, not part of the article:");
}

ArticleDocument::Style GuidePage::printStyle() const
{
    QFont font = this->font();
    font.setPointSizeF(11);
    return {font, QColor(0x1a, 0x1a, 0x1a), QColor(0x55, 0x55, 0x55), QColor(0x1f, 0x4f, 0x8f),
        m_noticeLabel->text(), fromStillaNote(), noteLabel(), QColor(0xee, 0xee, 0xee)};
}

void GuidePage::rebuild()
{
    const Article* current = article();
    if (!current) {
        m_view->setPlainText(tr("The guide could not be loaded: %1").arg(m_loadError));
        return;
    }
    m_layout.build(*m_view->document(), *current, readingStyle(), appLinks());
    // Building moved the view's own cursor along to the end; reading starts at the top.
    m_view->moveCursor(QTextCursor::Start);
    m_view->updateColumn();
    m_search = std::make_unique<ArticleSearch>(*current);
    rebuildContents();
    if (!m_findBar->isHidden())
        find(m_findBar->query());
}

void GuidePage::rebuildContents()
{
    const Article* current = article();
    m_contents->clear();
    if (!current)
        return;
    for (const ArticleSection& section : current->sections()) {
        auto* item = new QListWidgetItem(section.fromStilla
                ? tr("%1 (added by Stilla)", "guide contents").arg(section.heading)
                : section.heading,
            m_contents);
        item->setData(Qt::UserRole, section.id);
    }
    syncContentsToScroll();
}

QString GuidePage::currentSectionId() const
{
    if (m_articles.empty() || m_language.isEmpty())
        return {};
    const Article& current = m_articles.at(m_language);
    const int top = m_view->topPosition();
    int index = 0;
    for (int s = 0; s < m_layout.sectionCount(); ++s) {
        if (m_layout.sectionPosition(s) <= top + 1)
            index = s;
    }
    if (index >= int(current.sections().size()))
        return {};
    return current.sections()[std::size_t(index)].id;
}

void GuidePage::showSection(const QString& id)
{
    ensureBuilt();
    const Article* current = article();
    if (!current)
        return;
    const int index = current->sectionIndex(id);
    if (index < 0)
        return;
    // The first section starts the article: show the title above it too.
    if (index == 0)
        m_view->verticalScrollBar()->setValue(0);
    else
        m_view->scrollToPosition(m_layout.sectionPosition(index));
    m_contents->setCurrentRow(index);
    m_context.settings.setValue(Settings::Key::GuideSection, id);
}

void GuidePage::syncContentsToScroll()
{
    const QString id = currentSectionId();
    const Article* current = m_language.isEmpty() ? nullptr : &m_articles.at(m_language);
    if (!current || id.isEmpty())
        return;
    const int row = current->sectionIndex(id);
    if (row != m_contents->currentRow()) {
        const QSignalBlocker blocker(m_contents);
        m_contents->setCurrentRow(row);
    }
    m_context.settings.setValue(Settings::Key::GuideSection, id);
}

void GuidePage::setZoom(int steps)
{
    ensureBuilt();
    steps = qBound(kMinZoom, steps, kMaxZoom);
    if (steps == m_zoom)
        return;
    const QString section = currentSectionId();
    m_zoom = steps;
    m_context.settings.setValue(Settings::Key::GuideZoom, m_zoom);
    rebuild();
    showSection(section);
    m_zoomInButton->setEnabled(m_zoom < kMaxZoom);
    m_zoomOutButton->setEnabled(m_zoom > kMinZoom);
}

void GuidePage::find(const QString& query)
{
    ensureBuilt();
    m_hits = m_search ? m_search->find(query) : std::vector<ArticleHit> {};
    m_currentHit = m_hits.empty() ? 0 : 1;
    updateHighlights();
}

void GuidePage::findNext()
{
    if (m_hits.empty())
        return;
    m_currentHit = m_currentHit % int(m_hits.size()) + 1;
    updateHighlights();
}

void GuidePage::findPrevious()
{
    if (m_hits.empty())
        return;
    m_currentHit = m_currentHit <= 1 ? int(m_hits.size()) : m_currentHit - 1;
    updateHighlights();
}

void GuidePage::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette palette = this->palette();
    QColor all = palette.color(QPalette::Highlight);
    all.setAlpha(70);
    for (int i = 0; i < int(m_hits.size()); ++i) {
        const ArticleHit& hit = m_hits[std::size_t(i)];
        const int start = m_layout.position(hit.section, hit.block, hit.item);
        if (start < 0)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_view->document());
        selection.cursor.setPosition(start + hit.start);
        selection.cursor.setPosition(start + hit.start + hit.length, QTextCursor::KeepAnchor);
        const bool current = i + 1 == m_currentHit;
        selection.format.setBackground(current ? palette.color(QPalette::Highlight) : all);
        if (current) {
            selection.format.setForeground(palette.color(QPalette::HighlightedText));
            QTextCursor visible = selection.cursor;
            visible.clearSelection();
            m_view->setTextCursor(visible);
            m_view->ensureCursorVisible();
        }
        selections.append(selection);
    }
    m_view->setExtraSelections(selections);
    m_findBar->setResult(m_currentHit, int(m_hits.size()));
}

void GuidePage::printArticle()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Guide"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Article* current = article();
    if (!current)
        return;
    QTextDocument document;
    ArticleDocument layout;
    layout.build(document, *current, printStyle());
    // "Print to File" is written atomically, like every file Stilla writes.
    PrintToFile output(printer);
    document.print(&printer);
    if (const Status saved = output.commit(); !saved)
        MessageBox::inform(this, QMessageBox::Warning, tr("Print the Guide"), saved.errorMessage());
}

Status GuidePage::exportPdf(const QString& path)
{
    ensureBuilt();
    const auto it = m_articles.find(m_language);
    if (it == m_articles.end())
        return Error {tr("The guide is not loaded, so there is nothing to export.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Could not write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setTitle(it->second.title());
        writer.setCreator(QStringLiteral("Stilla"));
        writer.setPageSize(
            QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                 : QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        QTextDocument document;
        ArticleDocument layout;
        layout.build(document, it->second, printStyle());
        document.print(&writer);
    }
    if (!file.commit())
        return Error {tr("Could not save %1: %2").arg(path, file.errorString())};
    return {};
}

void GuidePage::exportPdfInteractive()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = folder + QLatin1Char('/') + tr("Magnesium and RLS") + QStringLiteral(".pdf");
    const QString path = FileDialog::saveFileName(
        this, tr("Export the Guide as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status status = exportPdf(path); !status)
        MessageBox::inform(this, QMessageBox::Warning, tr("Export failed"), status.errorMessage());
}

} // namespace stilla
