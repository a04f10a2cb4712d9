using System;

public class Smoke {
    public static void Main(string[] args) {
        Console.WriteLine("hello");
    }
}
