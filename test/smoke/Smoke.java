import java.util.List;

public class Smoke {
  public static void main(String[] args) {
    List<String> names = List.of("a", "b");
    System.out.println(names);
  }
}
