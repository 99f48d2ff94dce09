#include "GuiApplication.h"

int main(int argc, char* argv[])
{
    return stilla::runGui(argc, argv);
}
