# Builds the Stilla installer for Windows (x64): build\windows\stilla-<version>-win64.exe (NSIS).
#
# Needs: Visual Studio 2022 with "Desktop development with C++", CMake >= 3.25, Ninja (comes
# with Visual Studio), NSIS 3 on PATH (makensis), vcpkg, and the Qt 6.4 or newer MSVC 2019/2022
# 64-bit kit with the Qt Charts, Qt SVG and Qt Linguist add-ons (Qt online installer).
# Run from "x64 Native Tools Command Prompt for VS 2022" (so windeployqt finds the compiler
# runtime), in the source folder:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -QtDir C:\Qt\6.5.3\msvc2019_64 -VcpkgRoot C:\vcpkg
#
# Add -Tests to also build and run the GoogleTest suites (vcpkg's gtest).
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [Parameter(Mandatory = $true)][string]$VcpkgRoot,
    [string]$BuildDir = "build/windows",
    [switch]$Tests
)
$ErrorActionPreference = "Stop"

function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

# spdlog (and gtest for the tests) as static libraries with the dynamic C runtime, so no
# extra DLLs need deploying; Qt's DLLs come from windeployqt at install time.
$triplet = "x64-windows-static-md"
$ports = @("spdlog")
if ($Tests) { $ports += @("gtest", "benchmark") }
Invoke-Checked "vcpkg install" { & "$VcpkgRoot\vcpkg.exe" install --triplet $triplet @ports }

$buildTests = if ($Tests) { "ON" } else { "OFF" }
Invoke-Checked "Configuring" {
    cmake -S . -B $BuildDir -G Ninja -DCMAKE_BUILD_TYPE=Release `
        "-DCMAKE_PREFIX_PATH=$QtDir" `
        "-DCMAKE_TOOLCHAIN_FILE=$VcpkgRoot\scripts\buildsystems\vcpkg.cmake" `
        "-DVCPKG_TARGET_TRIPLET=$triplet" `
        "-DSTILLA_BUILD_TESTS=$buildTests"
}
Invoke-Checked "Building" { cmake --build $BuildDir --parallel }
if ($Tests) {
    $env:QT_QPA_PLATFORM = "offscreen"
    $env:PATH = "$QtDir\bin;$env:PATH"
    Invoke-Checked "Testing" { ctest --test-dir $BuildDir --output-on-failure }
}

# cpack runs the install rules, windeployqt among them (packaging/windows/CMakeLists.txt).
Push-Location $BuildDir
try {
    Invoke-Checked "Packaging" { cpack -G NSIS -C Release }
} finally {
    Pop-Location
}
Get-ChildItem "$BuildDir\stilla-*-win64.exe" -ErrorAction SilentlyContinue |
    ForEach-Object { Write-Host "Installer: $($_.FullName)" }
