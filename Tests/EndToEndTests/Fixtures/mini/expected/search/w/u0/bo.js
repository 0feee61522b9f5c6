plansiteSearchLoaded("w/u0/bo",{
"bo":[0,3],
"boi":[1,5]
});
