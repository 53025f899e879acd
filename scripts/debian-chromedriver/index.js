// tachometer imports "chromedriver" before it starts Chrome; selenium-webdriver then finds the driver
// on PATH. This stand-in downloads nothing and names Debian's driver (apt-get install chromium-driver).
exports.path = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
