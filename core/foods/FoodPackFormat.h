#pragma once

// The layout of foods.pack, shared by the build-time writer (tools/foodpack) and the reader
// (FoodPack.cpp). Header-only, Qt Core only.
//
// All integers are little-endian; strings are UTF-8.
//
//   offset 0   magic "STILLAFP" (8 bytes)
//          8   u32 format version (kVersion)
//         12   u32 string count S
//         16   u32 food count F
//         20   u32 portion count P
//         24   u32 size in bytes of the string data D
//         28   S x u32: end offset of each string within the string data (start is the
//              previous end, or 0)
//              D bytes: the string data (every distinct string once)
//              F x food:    u8 source (0 slv, 1 usda), u32 id, u32 name, u32 group (string
//                           indexes), f64 magnesium mg per 100 g, u32 first portion, u16 portion
//                           count
//              P x portion: u32 label (string index), f64 grams
//          end u32 number of bytes before this field (a check against truncation)
//
// Foods are sorted by source, then id (as strings, by UTF-16 code unit), so a food is found by
// binary search without sorting at load time. Raise kVersion when the layout changes.

#include <QtGlobal>

namespace stilla::foodpack {

inline constexpr char kMagic[8] = {'S', 'T', 'I', 'L', 'L', 'A', 'F', 'P'};
inline constexpr quint32 kVersion = 1;
inline constexpr int kHeaderSize = 28;
inline constexpr int kFoodRecordSize = 1 + 4 + 4 + 4 + 8 + 4 + 2;
inline constexpr int kPortionRecordSize = 4 + 8;

} // namespace stilla::foodpack
