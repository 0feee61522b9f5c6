plansiteSearchLoaded("w/u0/da",{
"da":[0,2],
"dan":[0,-6],
"dat":[1,-3],
"day":[1,5]
});
