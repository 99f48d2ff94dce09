#pragma once

#include "FoodCatalogue.h"
#include "FoodSearch.h"

#include <QString>

#include <future>
#include <memory>

namespace stilla {

/// The food catalogue and its search index, made ready on a worker thread once the window is
/// up, so that the food picker opens at once: loading and indexing the 10,383 foods takes
/// about 15 ms (tests/bench/food_search_bench), which the first visit would otherwise wait for.
/// Use it from one thread; only the loading itself runs on the worker.
class PreparedFoods
{
public:
    struct Foods
    {
        std::unique_ptr<FoodCatalogue> catalogue; ///< null when it could not be loaded
        std::unique_ptr<FoodSearch> search; ///< over the catalogue as loaded (no own foods)
        QString error; ///< why it could not be loaded
    };

    PreparedFoods() = default;
    /// Waits for a worker still loading (a std::async future does, when it is destroyed).
    ~PreparedFoods() = default;
    PreparedFoods(const PreparedFoods&) = delete;
    PreparedFoods& operator=(const PreparedFoods&) = delete;

    /// Starts loading on a worker thread; does nothing when started already.
    void start();
    /// The foods: waits for the worker if it is still busy, or loads them on the calling thread
    /// if start() was never called. Hands them over once; later calls load them again.
    Foods take();
    /// Loads on the calling thread.
    static Foods loadNow();

private:
    std::future<Foods> m_loading; ///< used from the owner's thread only
};

} // namespace stilla
