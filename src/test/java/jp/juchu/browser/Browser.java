package jp.juchu.browser;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (paths given explicitly so that
 * Selenium Manager never tries to download a driver).
 */
public final class Browser implements AutoCloseable {

    static final String CHROMEDRIVER = System.getProperty("juchu.chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("juchu.chromium", "/usr/bin/chromium");

    private final WebDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=ja");
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.base = "http://127.0.0.1:" + port;
    }

    public static boolean available() {
        return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser login(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    public Browser type(By by, String text) {
        WebElement element = driver.findElement(by);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /**
     * Clicks a submit button and waits until the next page has loaded. The old page is recognised by a marker
     * on its window object rather than by element staleness: while a navigation is under way chromedriver may
     * answer a staleness probe with an inspector error instead of a stale-element error.
     */
    public Browser submit(By button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__juchuPreviousPage = true;");
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__juchuPreviousPage === undefined && document.readyState === 'complete';")));
        return this;
    }

    /**
     * Waits on a job's page until the job has finished and the page has been reloaded from the server (jobs.js
     * reloads it when the job ends; only that page has the 再実行 button), so that nothing read afterwards goes stale.
     */
    public Browser awaitFinishedJob(Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(WebDriverException.class)
                .until(d -> !d.findElements(By.id("rerun")).isEmpty()
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
