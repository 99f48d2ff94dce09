#pragma once

#include "Page.h"
#include "app/gui/guide/ArticleDocument.h"
#include "core/Result.h"
#include "core/article/Article.h"
#include "core/article/ArticleSearch.h"

#include <map>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QToolButton;

namespace stilla {

struct AppContext;
class ArticleView;
class FindBar;
class RememberedSplitter;

/// The guide: the article in the UI language, with contents, find, zoom, print and PDF, a
/// notice that it is information and not medical advice, and links into the rest of the app.
class GuidePage final : public Page
{
    Q_OBJECT

public:
    explicit GuidePage(AppContext& context, QWidget* parent = nullptr);
    ~GuidePage() override;
    /// The page's name as the sidebar, the window title and the page header show it, in the
    /// current language; the sidebar shows it before the page is built.
    static QString pageTitle();

    /// Id of the section at the top of the reader.
    QString currentSectionId() const;
    void showSection(const QString& id);

    /// Zoom steps relative to the normal size (remembered across runs).
    int zoom() const { return m_zoom; }
    void setZoom(int steps);
    static constexpr int kMinZoom = -3;
    static constexpr int kMaxZoom = 8;

    void find(const QString& query);
    void findNext();
    void findPrevious();
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; }

    /// Writes the article (with the notice) as a PDF, atomically.
    Status exportPdf(const QString& path);

signals:
    /// A link into the app: "foods", "diary#supplements", "diary#habits".
    void appLinkActivated(const QString& target);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void connectActions();
    /// Lays the article out the first time it is needed.
    void ensureBuilt();
    const Article* article();
    void rebuild();
    void rebuildContents();
    void updateHighlights();
    void syncContentsToScroll();
    void printArticle();
    void exportPdfInteractive();
    std::vector<ArticleDocument::AppLink> appLinks() const;
    ArticleDocument::Style readingStyle() const;
    /// The line under each section Stilla added to the article.
    static QString fromStillaNote();
    static QString noteLabel();
    ArticleDocument::Style printStyle() const;

    AppContext& m_context;
    QLabel* m_noticeLabel;
    QToolButton* m_findButton;
    QToolButton* m_zoomOutButton;
    QToolButton* m_zoomInButton;
    QToolButton* m_printButton;
    QToolButton* m_pdfButton;
    FindBar* m_findBar;
    RememberedSplitter* m_splitter;
    QListWidget* m_contents;
    ArticleView* m_view;
    QAction* m_findAction;
    QAction* m_zoomInAction;
    QAction* m_zoomOutAction;
    QAction* m_zoomResetAction;
    QAction* m_printAction;

    std::map<QString, Article> m_articles; // by language, loaded on first use
    QString m_language;
    QString m_loadError;
    ArticleDocument m_layout;
    std::unique_ptr<ArticleSearch> m_search;
    std::vector<ArticleHit> m_hits;
    int m_currentHit = 0;
    int m_zoom = 0;
    bool m_built = false;
    QString m_pendingSection; ///< the remembered section, shown once the article is built
};

} // namespace stilla
