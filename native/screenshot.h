// Saves the current GL framebuffer as a PNG (for tests and for the README's pictures).
#pragma once
#include <string>

// Reads width x height pixels from the bound framebuffer; returns false with `error` set on failure.
bool save_framebuffer_png(const std::string& path, int width, int height, std::string& error);
